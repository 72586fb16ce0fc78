import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { startBot } from "../../src/bot.ts";
import { loadConfig } from "../../src/config.ts";
import { startSlackEmulator } from "../../src/dev/emulator/index.ts";
import { createLogger } from "../../src/logger.ts";
import { type Harness, SIGNING_SECRET, startHarness } from "../support/bot-harness.ts";
import { CAST, CHANNELS } from "../support/cast.ts";
import { copyTemplateDatabase } from "../support/database.ts";
import { TEST_DATA_KEY } from "../support/keys.ts";

const sam = CAST.trainee.id;
let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function socketHarness(env: Record<string, string> = {}): Promise<Harness> {
  h = await startHarness({ now: "2026-11-26T10:00:00Z", transport: "socket", env });
  return h;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const healthSchema = z.object({
  ok: z.boolean(),
  database: z.enum(["reachable", "unreachable"]),
  socket: z.enum(["connected", "disconnected"]).optional(),
});

async function health(port: number | undefined) {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: healthSchema.parse(await response.json()) };
}

describe("HEALTH_PORT in Socket Mode", () => {
  it("is 200 while the socket is connected, 503 while held closed, and 200 after reconnecting", async () => {
    const { emulator, bot, driver } = await socketHarness({ HEALTH_PORT: "0" });
    const hub = emulator.socketMode;
    expect(bot.healthPort).toEqual(expect.any(Number));
    expect(await health(bot.healthPort)).toEqual({
      status: 200,
      body: { ok: true, database: "reachable", socket: "connected" },
    });

    hub.holdClosed();
    const down = await waitForHealth(bot.healthPort, 503);
    expect(down.body).toEqual({ ok: false, database: "reachable", socket: "disconnected" });
    // Still down after the client has had time to try again (its retries are refused).
    await sleep(2_000);
    expect((await health(bot.healthPort)).status).toBe(503);

    hub.release();
    const up = await waitForHealth(bot.healthPort, 200);
    expect(up.body).toEqual({ ok: true, database: "reachable", socket: "connected" });
    const reply = await driver.slashCommand({ userId: sam, text: "help" });
    expect(reply.status).toBe(200);
    expect(hub.ackFailures).toEqual([]);
  }, 40_000);

  it("answers only GET /healthz", async () => {
    const { bot } = await socketHarness({ HEALTH_PORT: "0" });
    expect((await fetch(`http://127.0.0.1:${bot.healthPort}/slack/events`)).status).toBe(404);
    const post = await fetch(`http://127.0.0.1:${bot.healthPort}/healthz`, { method: "POST" });
    expect(post.status).toBe(404);
  });

  it("is off unless HEALTH_PORT is set", async () => {
    const { bot } = await socketHarness();
    expect(bot.healthPort).toBeUndefined();
  });

  it("closes with the bot: the socket is closed and the port no longer answers", async () => {
    const { emulator, bot } = await socketHarness({ HEALTH_PORT: "0" });
    const port = bot.healthPort;
    await h?.stop();
    h = undefined;
    await emulator.waitUntil(() => emulator.socketMode.connectionCount === 0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

describe("HEALTH_PORT in HTTP mode", () => {
  it("answers as GET /healthz on PORT does: the database alone decides", async () => {
    h = await startHarness({ env: { HEALTH_PORT: "0" } });
    const onPort = await fetch(`${h.baseUrl}/healthz`);
    expect(await health(h.bot.healthPort)).toEqual({
      status: onPort.status,
      body: await onPort.json(),
    });
    expect(await health(h.bot.healthPort)).toEqual({
      status: 200,
      body: { ok: true, database: "reachable" },
    });
  });
});

describe("Socket Mode start", () => {
  it("stops at once, naming SLACK_APP_TOKEN, when Slack refuses the app-level token", async () => {
    const emulator = await startSlackEmulator({ workspace: { users: Object.values(CAST) } });
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
      SLACK_APP_TOKEN: "xapp-revoked",
      SLACK_API_URL: emulator.url,
      DATABASE_URL: await copyTemplateDatabase(),
      LEADERSHIP_CHANNEL_ID: CHANNELS.leadership.id,
      SUBCOMMITTEE_CHANNEL_ID: CHANNELS.subcommittee.id,
      HEALTH_PORT: "0",
    });
    const started = Date.now();
    const outcome = startBot({
      config,
      logger: createLogger("error", () => undefined),
      skipMigrations: true,
      scheduleJobs: false,
      host: "127.0.0.1",
    });
    await expect(outcome).rejects.toThrow(/Slack refused SLACK_APP_TOKEN \(invalid_auth\)/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(emulator.socketMode.connectionsOpened).toBe(0);
    await emulator.close();
  });
});

async function waitForHealth(port: number | undefined, status: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answer = await health(port);
    if (answer.status === status || Date.now() > deadline) return answer;
    await sleep(50);
  }
}
