import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { newKeyBase64 } from "../src/db/encryption/keyring.ts";
import { createSlackDriver, startSlackEmulator } from "../src/dev/emulator/index.ts";
import { startProcess } from "./processes.ts";

// How many of the bot's source files one request passes through, counted, not read off the code:
// the bot runs with the V8 inspector on, and a file counts when any of its functions ran between
// the request being sent and the bot falling quiet again (its DMs and Home refreshes included).
// Files that also run while the bot is idle for as long (timers, polling) are marked.
// `BOT_DIR=/path/to/another/checkout` counts that checkout's bot (for a before/after figure).

const SECRET = "request-files-signing-secret-0123";
const TRAINEE = "U0FILESTRN";
const LEADER = "U0FILESLDR";
const ADMIN = "U0FILESADM";
const botDir = path.resolve(process.env.BOT_DIR ?? ".");

const emulator = await startSlackEmulator({
  workspace: { users: [TRAINEE, LEADER, ADMIN].map((id) => ({ id, name: id.toLowerCase() })) },
});
const dataDir = mkdtempSync(path.join(os.tmpdir(), "balint-files-"));
const bot = await startProcess(
  path.join(botDir, "src/main.ts"),
  {
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: emulator.url,
    PORT: "0",
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "files.db")}`,
    LEADERSHIP_CHANNEL_ID: "C0LEADERS",
    SUBCOMMITTEE_CHANNEL_ID: "C0SUBCOMM",
    ADMIN_USER_IDS: ADMIN,
    LOG_LEVEL: "info",
    DATA_ENCRYPTION_KEY: newKeyBase64(),
  },
  { nodeArgs: ["--inspect=127.0.0.1:0"], cwd: botDir },
);
const inspectorUrl = /(ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/.exec(bot.startOutput)?.[1];
if (!inspectorUrl) throw new Error(`The bot printed no inspector address:\n${bot.startOutput}`);
const driver = createSlackDriver({
  emulator,
  botUrl: `http://127.0.0.1:${bot.port}/slack/events`,
  signingSecret: SECRET,
});
const inspector = await connectInspector(inspectorUrl);
await inspector.call("Profiler.enable");
await inspector.call("Profiler.startPreciseCoverage", { callCount: true, detailed: false });

const logLine = (day: string) => `log coled 1 ${day} with <@${LEADER}|leader>`;
const confirmFirst = async () => {
  const dm = emulator.messagesIn(emulator.dmChannelFor(LEADER)).at(-1);
  if (!dm) throw new Error("The leader has no confirmation DM");
  await driver.clickButton({
    userId: LEADER,
    actionId: "supervision_entry_confirm",
    container: { channelId: dm.channel, messageTs: dm.ts },
  });
};

await driver.slashCommand({
  userId: ADMIN,
  text: `admin leader add <@${LEADER}|leader> 2015-01-01`,
});
// A first pass of each, so lazily loaded modules and first-time set-up are not counted.
await driver.slashCommand({ userId: TRAINEE, text: logLine("2026-11-02") });
await quiet();
await confirmFirst();
await quiet();

const idleFiles = await filesRunDuring(() => sleep(3_000));
const logFiles = await filesRunDuring(async () => {
  await driver.slashCommand({ userId: TRAINEE, text: logLine("2026-11-03") });
  await quiet();
});
const confirmFiles = await filesRunDuring(async () => {
  await confirmFirst();
  await quiet();
});

inspector.close();
await bot.stop();
await emulator.close();
rmSync(dataDir, { recursive: true, force: true });

for (const [name, files] of [
  ["/balint log coled … with @leader (reply, confirmer's DM, Home)", logFiles],
  ["Confirm on the leader's DM (decision, notices, DM redraw, Home)", confirmFiles],
] as const) {
  const alsoIdle = [...files].filter((file) => idleFiles.has(file));
  console.log(
    `\n${name}: ${files.size} source files, ${alsoIdle.length} of them (*) also run while idle (${botDir})`,
  );
  for (const file of [...files].sort()) console.log(`  ${idleFiles.has(file) ? "*" : " "} ${file}`);
}

/** The bot's own source files (under src/, not dependencies) with a function called during `run`. */
async function filesRunDuring(run: () => Promise<unknown>): Promise<Set<string>> {
  await inspector.call("Profiler.takePreciseCoverage"); // resets the counts
  await run();
  const { result } = (await inspector.call("Profiler.takePreciseCoverage")) as {
    result: { url: string; functions: { ranges: { count: number }[] }[] }[];
  };
  const srcRoot = `${path.join(botDir, "src")}${path.sep}`;
  const files = new Set<string>();
  for (const script of result) {
    if (!script.url.startsWith("file://")) continue;
    const file = fileURLToPath(script.url);
    if (!file.startsWith(srcRoot) || file.includes(`${path.sep}generated${path.sep}`)) continue;
    if (script.functions.some((fn) => (fn.ranges[0]?.count ?? 0) > 0)) {
      files.add(path.relative(botDir, file));
    }
  }
  return files;
}

/** Waits until the bot has made no call to Slack for half a second. */
async function quiet(): Promise<void> {
  let seen = -1;
  while (emulator.calls.length !== seen) {
    seen = emulator.calls.length;
    await sleep(500);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Inspector {
  call: (method: string, params?: object) => Promise<unknown>;
  close: () => void;
}

/** The Chrome DevTools Protocol over the inspector's WebSocket: requests and their answers. */
async function connectInspector(url: string): Promise<Inspector> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", reject, { once: true });
  });
  let nextId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  return {
    call: (method, params = {}) =>
      new Promise((resolve) => {
        const id = ++nextId;
        waiting.set(id, resolve);
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}
