import type { Server } from "node:http";
import path from "node:path";
import type { App, Logger } from "@slack/bolt";
import type { Config } from "./config.ts";
import { backupBeforeMigrations } from "./db/backups/before-migrations.ts";
import { holdDatabaseLock } from "./db/backups/database-lock.ts";
import { type Database, openDatabase } from "./db/client.ts";
import { ensureDatabaseFolder, sqliteFilePath } from "./db/database-url.ts";
import { applyMigrations } from "./db/migrate.ts";
import { createInFlight, type InFlight } from "./in-flight.ts";
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
  /** Work that a graceful stop waits for; register more with `inFlight.track(promise, label)`. */
  inFlight: InFlight;
  /**
   * Graceful stop: takes no new requests or job runs, lets work in flight finish for up to
   * `stopGraceMs`, logs what was cut short, then closes the database. Safe to call twice.
   */
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
  /** How long a stop waits for work in flight (default 10 s). */
  stopGraceMs?: number;
}

const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;

/**
 * Starts the bot: its lock on the database (so a restore refuses while it runs) → a backup if
 * migrations are pending → migrations → database → Slack app (auth checked) → listening.
 */
export async function startBot({
  config,
  logger,
  now = () => new Date(),
  skipMigrations,
  scheduleJobs = true,
  host,
  stopGraceMs = STOP_GRACE_MS,
}: StartOptions): Promise<RunningBot> {
  ensureDatabaseFolder(config.DATABASE_URL);
  const databaseFile = sqliteFilePath(config.DATABASE_URL);
  const lock = holdDatabaseLock(databaseFile);
  let db: Database | undefined;
  try {
    if (!skipMigrations) {
      const backup = backupBeforeMigrations(databaseFile, path.resolve(config.BACKUP_DIR), now());
      if (backup) logger.info("Backed up the database before applying migrations", backup);
      applyMigrations(config.DATABASE_URL);
    }
    db = await openDatabase(config.DATABASE_URL);
    const inFlight = createInFlight();
    const deps: BotDeps = {
      config,
      db,
      logger,
      now,
      channelMembers: createChannelMembers(),
      inFlight,
    };
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
      ? await startScheduler(jobDeps, scheduledJobs(jobDeps, app.client), inFlight)
      : undefined;
    let stopped: Promise<void> | undefined;
    const stopGracefully = async () => {
      const deadline = Date.now() + stopGraceMs;
      // No new work: the HTTP port or the socket closes, and the cron schedules end.
      const closed = await settlesBy(app.stop(), deadline);
      if (!closed) logger.warn("Slack's connection did not close in time; stopping anyway");
      const jobsStopped = scheduler?.stop();
      const cutShort = await inFlight.drain(deadline - Date.now());
      if (cutShort.length > 0) {
        logger.warn(`Stopping with work still running after ${stopGraceMs / 1000} s: cut short`, {
          cutShort,
        });
      } else {
        await jobsStopped;
      }
      await db?.$disconnect();
      lock.release();
    };
    return {
      app,
      db,
      deps,
      port,
      inFlight,
      stop: () => {
        stopped ??= stopGracefully();
        return stopped;
      },
    };
  } catch (error) {
    await db?.$disconnect();
    lock.release();
    throw error;
  }
}

/** True when `promise` settles before `deadline` (a time in ms); a rejection counts as settled. */
async function settlesBy(promise: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([
      promise.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
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
