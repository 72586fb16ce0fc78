import { type RunningBot, startBot } from "../../src/bot.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import {
  createSlackDriver,
  type SlackDriver,
  type SlackEmulator,
  startSlackEmulator,
} from "../../src/emulator/index.ts";
import { createLogger } from "../../src/logger.ts";
import { CAST, CHANNELS } from "./cast.ts";
import { copyTemplateDatabase } from "./database.ts";

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
  /** Let the bot apply migrations itself (and back up first), as `npm start` does. */
  migrate?: boolean;
  /** How long `bot.stop()` waits for work in flight (default: the bot's 10 s). */
  stopGraceMs?: number;
}

/** The real bot, over HTTP with signature checks, against the Slack emulator, on its own database. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator =
    options.emulator ??
    (await startSlackEmulator({
      workspace: {
        users: Object.values(CAST),
        channels: Object.values(CHANNELS).map((c) => ({ ...c, members: [...c.members] })),
      },
    }));
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.url,
    PORT: "0",
    DATABASE_URL: options.databaseUrl ?? copyTemplateDatabase(),
    LEADERSHIP_CHANNEL_ID: CHANNELS.leadership.id,
    SUBCOMMITTEE_CHANNEL_ID: CHANNELS.subcommittee.id,
    ADMIN_USER_IDS: CAST.admin.id,
    LOG_LEVEL: "info",
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
    ...(options.stopGraceMs === undefined ? {} : { stopGraceMs: options.stopGraceMs }),
  });
  const baseUrl = `http://127.0.0.1:${bot.port}`;
  const driver = createSlackDriver({
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
    stop: async () => {
      await bot.stop();
      if (!options.emulator) await emulator.close();
    },
  };
}

/**
 * Sends a slash command and returns the bot's private reply: the acknowledgement's body, or,
 * when the bot acknowledged empty and answered later, its post to the command's response_url.
 */
export async function commandReply(h: Harness, userId: string, text: string) {
  const response = await h.driver.slashCommand({ userId, text });
  if (response.body !== "") return { ...response, body: response.body };
  const id = response.payload.response_url.split("/").at(-1);
  const post = await h.emulator.waitUntil(() =>
    h.emulator.responseUrlPosts.find((p) => p.id === id),
  );
  return { ...response, body: post.body as unknown };
}
