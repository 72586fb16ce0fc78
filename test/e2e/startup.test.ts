import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import {
  createSlackDriver,
  type SlackEmulator,
  startSlackEmulator,
} from "../../src/emulator/index.ts";
import { CAST, CHANNELS } from "../support/cast.ts";
import { unmigratedDatabaseUrl } from "../support/database.ts";
import { TEST_DATA_KEY } from "../support/keys.ts";

const SECRET = "startup-signing-secret-123";

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start`'s command, as its own process with exactly this environment. */
function startMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(
  started: Started,
  pattern: RegExp,
  timeoutMs = 20_000,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = started.output().match(pattern);
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No ${pattern} in output:\n${started.output()}`);
}

let emulator: SlackEmulator | undefined;
let running: Started | undefined;
afterEach(async () => {
  running?.child.kill("SIGKILL");
  running = undefined;
  await emulator?.close();
  emulator = undefined;
});

function botEnv(apiUrl: string, token = "xoxb-test"): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: token,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
    PORT: "0",
    DATABASE_URL: unmigratedDatabaseUrl(),
    LEADERSHIP_CHANNEL_ID: CHANNELS.leadership.id,
    SUBCOMMITTEE_CHANNEL_ID: CHANNELS.subcommittee.id,
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
  };
}

describe("npm start", () => {
  it("with an empty environment exits non-zero, naming each missing variable", async () => {
    running = startMain({});
    const code = await running.exited;
    expect(code).not.toBe(0);
    expect(running.output()).toContain("SLACK_BOT_TOKEN");
    expect(running.output()).toContain("SLACK_SIGNING_SECRET");
    expect(running.output()).toContain("LEADERSHIP_CHANNEL_ID");
  });

  it("migrates, serves /healthz, answers a signed help, and stops cleanly on SIGTERM", async () => {
    emulator = await startSlackEmulator({ workspace: { users: Object.values(CAST) } });
    running = startMain(botEnv(emulator.url));
    const [, port] = await waitForOutput(running, /listening on port (\d+)/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const driver = createSlackDriver({
      botUrl: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: SECRET,
      emulator,
    });
    const help = await driver.slashCommand({ userId: CAST.trainee.id, text: "help" });
    expect(help.status).toBe(200);
    expect(JSON.stringify(help.body)).toContain("/balint log");
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain("Received SIGTERM");
  });

  it("reports a token Slack refuses, and exits non-zero", async () => {
    emulator = await startSlackEmulator();
    emulator.rejectToken("xoxb-revoked");
    running = startMain(botEnv(emulator.url, "xoxb-revoked"));
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
  });
});
