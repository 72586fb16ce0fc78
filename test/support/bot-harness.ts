import { type RunningBot, startBot } from "../../src/bot.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import {
  createSlackDriver,
  type SlackDriver,
  type SlackEmulator,
  startSlackEmulator,
} from "../../src/dev/emulator/index.ts";
import { createLogger } from "../../src/logger.ts";
import type { DeliveryPolicy } from "../../src/slack/delivery/outbox-deliverer.ts";
import { CAST, CHANNELS } from "./cast.ts";
import { copyTemplateDatabase } from "./database.ts";
import { TEST_DATA_KEY } from "./keys.ts";

export const SIGNING_SECRET = "e2e-signing-secret-0123456789";

export interface Harness {
  bot: RunningBot;
  emulator: SlackEmulator;
  driver: SlackDriver;
  config: Config;
  /** The bot's clock; tests move it with `clock.set(...)`. */
  clock: { now: Date; set: (iso: string) => void };
  /** JSON log lines the bot wrote, for asserting what is (and is not) logged. */
  logLines: string[];
  baseUrl: string;
  /**
   * Resolves when no request from Slack is in flight (including what its listeners do after
   * acknowledging) and the outbox has nothing due within `horizonMs` (the outbox's default when
   * left out). Wait for this before reading what the bot sent, and before asserting that
   * nothing else was sent.
   */
  idle: (horizonMs?: number) => Promise<void>;
  /** Once idle, what `probe` finds; fails the test (saying `describe()`) when it finds nothing. */
  whenIdle: <T>(probe: () => T | undefined | false, describe?: () => string) => Promise<T>;
  stop: () => Promise<void>;
}

export interface HarnessOptions {
  now?: string;
  env?: Record<string, string>;
  /** Reuse a database file, e.g. to run two instances on one database. */
  databaseUrl?: string;
  emulator?: SlackEmulator;
  /**
   * Start the cron schedules and the catch-up on start. Off by default: cron runs on the real
   * clock, and a test that happened to run at Monday 09:00 would see a real digest.
   */
  scheduleJobs?: boolean;
  /** Shortens the outbox's pacing, for tests of a failing Slack. */
  deliveryPolicy?: Partial<DeliveryPolicy>;
  /**
   * How Slack reaches the bot: signed HTTP requests (default), or Socket Mode, where the bot
   * connects to the emulator's WebSocket with an app-level token and the driver sends envelopes.
   */
  transport?: "http" | "socket";
  /** Socket Mode: how long the bot waits before reconnecting (default SOCKET_PING_TIMEOUT_MS). */
  socketReconnectMs?: number;
  /** Let the bot apply migrations itself (and back up first), as `npm start` does. */
  migrate?: boolean;
  /** How long `bot.stop()` waits for work in flight (default: the bot's 10 s). */
  stopGraceMs?: number;
}

/** The emulator with the test cast and channels. */
export function startCastEmulator(): Promise<SlackEmulator> {
  return startSlackEmulator({
    workspace: {
      users: Object.values(CAST),
      channels: Object.values(CHANNELS).map((c) => ({ ...c, members: [...c.members] })),
    },
  });
}

/** The Socket Mode client's reconnect delay in tests (5 s by default), so reconnects are quick. */
const SOCKET_PING_TIMEOUT_MS = 1_500;

/** The real bot, over HTTP with signature checks, against the Slack emulator, on its own database. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator = options.emulator ?? (await startCastEmulator());
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.url,
    PORT: "0",
    DATABASE_URL: options.databaseUrl ?? (await copyTemplateDatabase()),
    LEADERSHIP_CHANNEL_ID: CHANNELS.leadership.id,
    SUBCOMMITTEE_CHANNEL_ID: CHANNELS.subcommittee.id,
    ADMIN_USER_IDS: CAST.admin.id,
    LOG_LEVEL: "info",
    ...(options.transport === "socket" ? { SLACK_APP_TOKEN: "xapp-test" } : {}),
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    ...options.env,
  });
  const clock = {
    now: new Date(options.now ?? "2026-11-26T10:00:00Z"),
    set(iso: string) {
      clock.now = new Date(iso);
    },
  };
  const logLines: string[] = [];
  const logger = createLogger("info", (line) => logLines.push(line));
  const bot = await startBot({
    config,
    logger,
    now: () => clock.now,
    skipMigrations: !options.migrate,
    scheduleJobs: options.scheduleJobs ?? false,
    ...(options.deliveryPolicy ? { deliveryPolicy: options.deliveryPolicy } : {}),
    host: "127.0.0.1",
    socketMode: { clientPingTimeoutMs: options.socketReconnectMs ?? SOCKET_PING_TIMEOUT_MS },
    ...(options.stopGraceMs === undefined ? {} : { stopGraceMs: options.stopGraceMs }),
  });
  const baseUrl = `http://127.0.0.1:${bot.port}`;
  const driver =
    options.transport === "socket"
      ? createSlackDriver({ transport: "socket", emulator })
      : createSlackDriver({
          botUrl: `${baseUrl}/slack/events`,
          signingSecret: SIGNING_SECRET,
          emulator,
        });
  return {
    bot,
    emulator,
    driver,
    config,
    clock,
    logLines,
    baseUrl,
    idle: (horizonMs) => untilIdle(bot, horizonMs),
    async whenIdle(probe, describe = () => "not found") {
      await untilIdle(bot, undefined);
      const found = probe();
      if (found === undefined || found === false) throw new Error(`once idle: ${describe()}`);
      return found;
    },
    stop: async () => {
      await bot.stop();
      if (!options.emulator) await emulator.close();
    },
  };
}

/** How long `idle()` lets requests run before it names them and fails the test. */
const IN_FLIGHT_LIMIT_MS = 10_000;

async function untilIdle(bot: RunningBot, horizonMs: number | undefined): Promise<void> {
  // A request kicks the outbox before it settles: two rounds in a row that end with no request
  // in flight mean nothing is left to start.
  let quietRounds = 0;
  while (quietRounds < 2) {
    const stuck = await bot.inFlight.drain(IN_FLIGHT_LIMIT_MS);
    if (stuck.length > 0) throw new Error(`still in flight after 10 s: ${stuck.join(", ")}`);
    await bot.outbox.idle(horizonMs);
    quietRounds = bot.inFlight.size === 0 ? quietRounds + 1 : 0;
  }
}

/**
 * Sends a slash command and returns the bot's private reply: the acknowledgement's body, or,
 * when the bot acknowledged empty and answered later, its post to the command's response_url.
 */
export async function commandReply(h: Harness, userId: string, text: string) {
  const response = await h.driver.slashCommand({ userId, text });
  if (response.body !== "") return { ...response, body: response.body };
  const id = response.payload.response_url.split("/").at(-1);
  const post = await h.whenIdle(() => h.emulator.responseUrlPosts.find((p) => p.id === id));
  return { ...response, body: post.body as unknown };
}

/**
 * The person opens their App Home and waits for it: from then on, changes that concern them
 * re-publish it (src/db/home-views.ts). Someone the bot has not met yet is not remembered.
 */
export async function lookAtHome(h: Harness, userId: string): Promise<void> {
  const publishes = () =>
    h.emulator.callsTo("views.publish").filter((call) => call.args.user_id === userId).length;
  const before = publishes();
  await h.driver.openHome({ userId });
  await h.emulator.waitUntil(() => publishes() > before);
}

/**
 * Waits until the outbox has delivered what the changes so far recorded, then forgets every
 * Slack call: for tests that seed data through use cases and then watch what a job sends.
 */
export async function deliverThenForget(h: Harness): Promise<void> {
  await h.idle();
  h.emulator.reset();
}
