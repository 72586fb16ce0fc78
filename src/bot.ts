import type { Server } from "node:http";
import type { App, Logger } from "@slack/bolt";
import type { Config } from "./config.ts";
import { type Database, openDatabase } from "./db/client.ts";
import { keyringFromConfig } from "./db/encryption/keyring.ts";
import { prepareEncryptedData } from "./db/encryption/stored-values.ts";
import { applyMigrations } from "./db/migrate.ts";
import { scheduledJobs, startScheduler } from "./jobs/scheduler.ts";
import { createBoltApp } from "./slack/app.ts";
import { createChannelMembers } from "./slack/channel-members.ts";
import type { BotDeps } from "./slack/deps.ts";

export interface RunningBot {
  app: App;
  db: Database;
  /** What the listeners run with. */
  deps: BotDeps;
  /** The HTTP port in HTTP mode; undefined in Socket Mode. */
  port: number | undefined;
  stop: () => Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  now?: () => Date;
  /** Skip `prisma migrate deploy` when the caller has migrated already (tests copy a template). */
  skipMigrations?: boolean;
  /** Run the digest and reminders on their schedules (default true; most tests call jobs directly). */
  scheduleJobs?: boolean;
  /** In HTTP mode, the address to listen on (default: every interface). */
  host?: string;
}

const START_TIMEOUT_MS = 30_000;

/** Starts the bot: migrations → database → Slack app (auth checked) → listening. */
export async function startBot({
  config,
  logger,
  now = () => new Date(),
  skipMigrations,
  scheduleJobs = true,
  host,
}: StartOptions): Promise<RunningBot> {
  if (!skipMigrations) applyMigrations(config.DATABASE_URL);
  const keyring = keyringFromConfig(config);
  const db = await openDatabase(config.DATABASE_URL, keyring);
  try {
    // The key must open what is stored; rows from before encryption are encrypted now.
    await prepareEncryptedData(db, keyring, logger);
    const deps: BotDeps = { config, db, logger, now, channelMembers: createChannelMembers() };
    const app = createBoltApp(deps);
    await withTimeout(app.init(), "Checking the bot token with Slack").catch((error: unknown) => {
      throw new Error(describeSlackFailure(error, config));
    });
    const started = await withTimeout(
      config.SLACK_APP_TOKEN
        ? app.start()
        : app.start(host ? { port: config.PORT, host } : config.PORT),
      config.SLACK_APP_TOKEN ? "Connecting to Slack in Socket Mode" : "Opening the HTTP port",
    );
    const port = portOf(started);
    // The digest and reminders on their cron schedules; a period missed while down runs once now.
    const jobDeps = { config, db, logger, now };
    const scheduler = scheduleJobs
      ? await startScheduler(jobDeps, scheduledJobs(jobDeps, app.client))
      : undefined;
    return {
      app,
      db,
      deps,
      port,
      stop: async () => {
        await scheduler?.stop();
        await app.stop();
        await db.$disconnect();
      },
    };
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}

function portOf(started: unknown): number | undefined {
  const server = started as Server | undefined;
  const address = typeof server?.address === "function" ? server.address() : null;
  return address && typeof address === "object" ? address.port : undefined;
}

function describeSlackFailure(error: unknown, config: Config): string {
  const code =
    typeof error === "object" && error !== null && "data" in error
      ? String((error as { data?: { error?: unknown } }).data?.error ?? "")
      : "";
  const where = config.SLACK_API_URL ?? "https://slack.com/api/";
  if (
    code === "invalid_auth" ||
    code === "not_authed" ||
    code === "account_inactive" ||
    code === "token_revoked"
  ) {
    return `Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not reach Slack's Web API at ${where} to check the bot token: ${reason}`;
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${START_TIMEOUT_MS / 1000} s.`)),
      START_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
