import { DEMO_PEOPLE_LIST } from "./demo/demo-society.ts";
import { SANDBOX_DATABASE_URL, startSandbox } from "./sandbox.ts";

/** `npm run sandbox`: the whole bot on one local page, with no Slack app, tokens or internet. */
async function main(): Promise<void> {
  const port = readPort(process.env.PORT);
  const society = process.env.SOCIETY;
  const sandbox = await startSandbox({ port, ...(society ? { society } : {}) }).catch(
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      const inUse = (error as { code?: string } | null)?.code === "EADDRINUSE";
      process.stderr.write(
        inUse
          ? `Port ${port} is in use. Choose another, e.g. PORT=${port + 1} npm run sandbox\n`
          : `The sandbox could not start.\n${reason}\n`,
      );
      process.exit(1);
    },
  );
  const people = DEMO_PEOPLE_LIST.map((p) => `    ${p.realName} (${p.role})`).join("\n");
  process.stdout.write(
    [
      `Balint Pathway sandbox: ${sandbox.url}`,
      "",
      "  Open it in a browser, choose who you are and type /balint help.",
      "  The demo society:",
      people,
      "",
      `  The real bot answers signed requests at ${sandbox.url}/slack/events;`,
      `  its Slack is the local emulator at ${sandbox.url}/api/.`,
      `  Database: ${SANDBOX_DATABASE_URL.slice("file:".length)} (fresh each start). Stop with Ctrl+C.`,
      "",
    ].join("\n"),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sandbox.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function readPort(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`PORT should be a port number such as 3000, not "${value}".\n`);
    process.exit(78);
  }
  return port;
}

await main();
