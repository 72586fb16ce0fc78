import { afterEach, describe, expect, it } from "vitest";
import {
  createSlackDriver,
  type SlackEmulator,
  startSlackEmulator,
} from "../../src/dev/emulator/index.ts";
import {
  type BotProcess,
  botEnv,
  PROCESS_SECRET,
  startMain,
  waitForOutput,
} from "../support/bot-process.ts";
import { CAST } from "../support/cast.ts";
import { unmigratedDatabaseUrl } from "../support/database.ts";

let emulator: SlackEmulator | undefined;
let running: BotProcess | undefined;
afterEach(async () => {
  running?.child.kill("SIGKILL");
  running = undefined;
  await emulator?.close();
  emulator = undefined;
});

function botEnvFor(apiUrl: string, token = "xoxb-test"): Record<string, string> {
  return botEnv(apiUrl, unmigratedDatabaseUrl(), { SLACK_BOT_TOKEN: token });
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
    running = startMain(botEnvFor(emulator.url));
    const [, port] = await waitForOutput(running, /listening on port (\d+)/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const driver = createSlackDriver({
      botUrl: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: PROCESS_SECRET,
      emulator,
    });
    const help = await driver.slashCommand({ userId: CAST.trainee.id, text: "help" });
    expect(help.status).toBe(200);
    expect(JSON.stringify(help.body)).toContain("/balint log");
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain("Received SIGTERM");
  }, 60_000);

  it("reports a token Slack refuses, and exits non-zero", async () => {
    emulator = await startSlackEmulator();
    emulator.rejectToken("xoxb-revoked");
    running = startMain(botEnvFor(emulator.url, "xoxb-revoked"));
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
  }, 60_000);
});
