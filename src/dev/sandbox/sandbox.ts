import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { type RunningBot, startBot } from "../../bot.ts";
import { loadConfig } from "../../config.ts";
import { sqliteFilePath } from "../../db/database-url.ts";
import { newKeyBase64 } from "../../db/encryption/keyring.ts";
import { applyMigrations } from "../../db/migrate.ts";
import { recordEffects } from "../../db/outbox.ts";
import { createLogger } from "../../logger.ts";
import {
  createSlackDriver,
  type SlackDriver,
  type SlackEmulator,
  startSlackEmulator,
} from "../emulator/index.ts";
import { createMovableClock, type MovableClock } from "./clock.ts";
import { DEMO_CHANNELS, DEMO_PEOPLE, DEMO_PEOPLE_LIST } from "./demo/demo-society.ts";
import { seedDemoSociety } from "./demo/seed.ts";
import { directoryOf } from "./render/directory.ts";
import { bundleBrowserScript, readStyles } from "./server/assets.ts";
import { startSandboxServer } from "./server/http.ts";
import { readShortcuts } from "./shortcuts.ts";
import { SandboxActions } from "./slack-side/actions.ts";
import { Feed } from "./slack-side/feed.ts";

export const SANDBOX_DATABASE_URL = "file:./data/sandbox.db";
const BOT_TOKEN = "xoxb-sandbox";
const APP_NAME = "Balint Pathway";

export interface SandboxOptions {
  /** The page's port on 127.0.0.1 (0: any free port). */
  port: number;
  databaseUrl?: string;
  /**
   * "fresh" (the default, for `npm run sandbox`): delete the file, then migrate.
   * "ready": the file is already a fresh migrated database (tests copy a template).
   */
  database?: "fresh" | "ready";
  logLevel?: "debug" | "info" | "warn" | "error";
  /** The society the bot serves (`SOCIETY`, checked like the bot's own setting); default bsuk. */
  society?: string;
}

export interface RunningSandbox {
  url: string;
  port: number;
  bot: RunningBot;
  emulator: SlackEmulator;
  driver: SlackDriver;
  clock: MovableClock;
  stop: () => Promise<void>;
}

/** The real bot over HTTP, the Slack emulator as its Web API, and the page, on one port. */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const databaseUrl = options.databaseUrl ?? SANDBOX_DATABASE_URL;
  if (options.database !== "ready") freshDatabase(databaseUrl);
  const clock = createMovableClock();
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) await cleanup();
  };
  try {
    const emulator = await startSlackEmulator({
      nowMs: () => clock.now().getTime(),
      workspace: {
        botName: "balint-pathway",
        botTokens: [BOT_TOKEN],
        users: [...DEMO_PEOPLE_LIST],
        channels: Object.values(DEMO_CHANNELS).map((c) => ({ ...c, members: [...c.members] })),
      },
    });
    cleanups.push(() => emulator.close());
    const signingSecret = randomBytes(16).toString("hex");
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: emulator.url,
      // The bot's own port is internal; the sandbox's server is the one people open.
      PORT: "0",
      DATABASE_URL: databaseUrl,
      LEADERSHIP_CHANNEL_ID: DEMO_CHANNELS.leadership.id,
      SUBCOMMITTEE_CHANNEL_ID: DEMO_CHANNELS.subcommittee.id,
      ADMIN_USER_IDS: DEMO_PEOPLE.admin.id,
      LOG_LEVEL: options.logLevel ?? "warn",
      ...(options.society ? { SOCIETY: options.society } : {}),
      // A fresh database each start, so a fresh key too.
      DATA_ENCRYPTION_KEY: newKeyBase64(),
    });
    const logger = createLogger(config.LOG_LEVEL);
    // The real bot in HTTP mode, on loopback only; the page's controls run the scheduled work.
    const bot = await startBot({
      config,
      logger,
      now: clock.now,
      skipMigrations: true,
      scheduleJobs: false,
      host: "127.0.0.1",
    });
    const botBaseUrl = `http://127.0.0.1:${bot.port}`;
    cleanups.push(() => bot.stop());
    const { teamId } = emulator.workspace;
    const seeded = await seedDemoSociety(bot.db, {
      teamId,
      now: clock.now(),
      timeZone: config.TIMEZONE,
    });
    // The DM the bot sent Dr Ahmed when Sam logged the session still waiting for her.
    await recordEffects(bot.db, [
      { type: "confirmations.request", traineeId: seeded.traineePersonId },
    ]);
    bot.outbox.kick();

    const driver = createSlackDriver({
      botUrl: `${botBaseUrl}/slack/events`,
      signingSecret,
      emulator,
    });
    const feed = new Feed(emulator, APP_NAME);
    const command = config.SLASH_COMMAND;
    const people = emulator.workspace.allUsers().filter((user) => !user.isBot);
    const world = {
      emulator,
      feed,
      clock,
      command,
      appName: APP_NAME,
      timeZone: config.TIMEZONE,
      shortcuts: readShortcuts(),
      actions: new SandboxActions(driver, emulator, feed, command),
      directory: directoryOf(
        people.map((user) => ({ id: user.id, name: user.realName })),
        emulator.workspace.allChannels(),
      ),
    };
    const server = await startSandboxServer(
      {
        world,
        botBaseUrl,
        emulatorBaseUrl: emulator.baseUrl,
        script: await bundleBrowserScript(),
        styles: readStyles(),
      },
      options.port,
    );
    cleanups.push(server.close);
    const url = `http://127.0.0.1:${server.port}`;
    return { url, port: server.port, bot, emulator, driver, clock, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** A new, empty, migrated database file in place of any old one. */
function freshDatabase(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  for (const suffix of ["", "-wal", "-shm", "-journal"])
    rmSync(`${file}${suffix}`, { force: true });
  applyMigrations(databaseUrl);
}
