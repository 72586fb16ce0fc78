import type { Server } from "node:http";
import path from "node:path";
import type { App, Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Config } from "./config.ts";
import { backupBeforeMigrations } from "./db/backups/before-migrations.ts";
import { holdDatabaseLock } from "./db/backups/database-lock.ts";
import { type Database, openDatabase } from "./db/client.ts";
import { ensureDatabaseFolder, isPostgresUrl, sqliteFilePath } from "./db/database-url.ts";
import { keyringFromConfig } from "./db/encryption/keyring.ts";
import { prepareEncryptedData } from "./db/encryption/stored-values.ts";
import { applyMigrations, migrationsNeeded } from "./db/migrate.ts";
import { effectsRecordedSoFar } from "./db/outbox.ts";
import { migratePostgresOnce } from "./db/postgres/migrate-once.ts";
import { checkpointBetweenRequests } from "./db/wal-checkpoints.ts";
import { SOCIETIES } from "./domain/societies.ts";
import { createInFlight, type InFlight } from "./in-flight.ts";
import { scheduledJobs, startScheduler } from "./jobs/scheduler.ts";
import type { ServiceContext } from "./services/context.ts";
import { createBoltApp, type SocketModeTuning } from "./slack/app.ts";
import { createChannelMembers } from "./slack/channel-members.ts";
import { keepChannelMembersFresh } from "./slack/channel-membership-events.ts";
import { effectDeliverer } from "./slack/delivery/deliver-effect.ts";
import { DeliveryClient } from "./slack/delivery/delivery-client.ts";
import {
  DEFAULT_DELIVERY_POLICY,
  type DeliveryPolicy,
  type OutboxDeliverer,
  startOutboxDeliverer,
} from "./slack/delivery/outbox-deliverer.ts";
import type { BotDeps } from "./slack/deps.ts";
import { checkHealth, startHealthServer } from "./slack/health.ts";
import { createSlackUsers } from "./slack/slack-users.ts";
import { describeSocketModeFailure } from "./slack/socket-mode.ts";
import { within } from "./time-limit.ts";

export interface RunningBot {
  app: App;
  db: Database;
  /** What the listeners run with. */
  deps: BotDeps;
  /** The HTTP port in HTTP mode; undefined in Socket Mode. */
  port: number | undefined;
  /** Delivers what stored changes must tell Slack. */
  outbox: OutboxDeliverer;
  /** The port of the HEALTH_PORT server (GET /healthz) when it is on. */
  healthPort: number | undefined;
  /** Work that a graceful stop waits for; register more with `inFlight.track(promise, label)`. */
  inFlight: InFlight;
  /**
   * Graceful stop: takes no new requests or job runs, lets work in flight and due deliveries
   * finish for up to `stopGraceMs`, logs what was cut short, then closes the database.
   * Safe to call twice.
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
  /** The address to listen on in HTTP mode and for HEALTH_PORT (default: every interface). */
  host?: string;
  /** How the outbox paces retries (tests shorten it). */
  deliveryPolicy?: Partial<DeliveryPolicy>;
  /** Socket Mode client timings (tests shorten the reconnect delay). */
  socketMode?: SocketModeTuning;
  /** How long a stop waits for work in flight (default 10 s). */
  stopGraceMs?: number;
}

const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;

/**
 * Starts the bot: the database prepared (on SQLite its lock, so a restore refuses while it runs,
 * and a backup if migrations are pending) → migrations → database → Slack app (auth checked) →
 * listening.
 */
export async function startBot({
  config,
  logger,
  now = () => new Date(),
  skipMigrations,
  scheduleJobs = true,
  host,
  deliveryPolicy,
  socketMode,
  stopGraceMs = STOP_GRACE_MS,
}: StartOptions): Promise<RunningBot> {
  const lock = await prepareDatabase(config, logger, now(), skipMigrations);
  let db: Database | undefined;
  try {
    const keyring = keyringFromConfig(config);
    const database = await openDatabase(config.DATABASE_URL, keyring);
    db = database;
    // The key must open what is stored; rows from before encryption are encrypted now.
    await prepareEncryptedData(database, keyring, logger);
    const inFlight = createInFlight();
    let outbox: OutboxDeliverer | undefined;
    const context = (): ServiceContext => ({
      db: database,
      now: now(),
      timeZone: config.TIMEZONE,
      rulesets: SOCIETIES[config.SOCIETY].rulesets,
    });
    const deps: BotDeps = {
      config,
      context,
      logger,
      now,
      channelMembers: createChannelMembers(),
      deliverSoon: () => outbox?.kick(),
      effectsRecorded: effectsRecordedSoFar,
      slackUsers: createSlackUsers(config),
      inFlight,
    };
    const { app, socket } = createBoltApp(deps, socketMode);
    await withTimeout(app.init(), "Checking the bot token with Slack").catch((error: unknown) => {
      throw new Error(describeSlackFailure(error, config));
    });
    // Socket Mode: up before the socket connects, so a connection that never comes shows as 503.
    const health =
      config.HEALTH_PORT === undefined
        ? undefined
        : await startHealthServer(() => checkHealth(context(), socket), {
            port: config.HEALTH_PORT,
            host,
          });
    const started = await withTimeout(
      config.SLACK_APP_TOKEN
        ? app.start()
        : app.start(host ? { port: config.PORT, host } : config.PORT),
      config.SLACK_APP_TOKEN ? "Connecting to Slack in Socket Mode" : "Opening the HTTP port",
    ).catch(async (error: unknown) => {
      // A Socket Mode client that timed out would otherwise keep reconnecting in the background.
      await socket?.close();
      await health?.close();
      throw socket ? new Error(describeSocketModeFailure(error)) : error;
    });
    const port = portOf(started);
    const membership = keepChannelMembersFresh(deps, app.client);
    // A moment for the team channels' members, so the first clicks need not ask Slack.
    await settlesBy(membership.warmed, Date.now() + 2_000);
    const policy = { ...DEFAULT_DELIVERY_POLICY, ...deliveryPolicy };
    outbox = startOutboxDeliverer(
      { context, logger, deliver: effectDeliverer(deps, deliveryClient(config, logger, policy)) },
      policy,
    );
    // The digest and reminders on their cron schedules; a period missed while down runs once now.
    const jobDeps = { config, db: database, logger, now, deliverSoon: deps.deliverSoon };
    const scheduler = scheduleJobs
      ? await startScheduler(jobDeps, scheduledJobs(jobDeps), inFlight)
      : undefined;
    const stopCheckpoints = checkpointBetweenRequests(database, () => inFlight.size === 0, logger);
    let stopped: Promise<void> | undefined;
    const stopGracefully = async () => {
      const deadline = Date.now() + stopGraceMs;
      // No new work: the HTTP port or the socket closes, and the cron schedules end.
      clearInterval(membership.timer);
      const closed = await settlesBy(app.stop(), deadline);
      if (!closed) logger.warn("Slack's connection did not close in time; stopping anyway");
      await settlesBy(socket?.close() ?? Promise.resolve(), deadline);
      const jobsStopped = scheduler?.stop();
      const cutShort = await inFlight.drain(deadline - Date.now());
      if (cutShort.length > 0) {
        logger.warn("Stopping with work still running: cut short", {
          cutShort,
          graceSeconds: stopGraceMs / 1000,
        });
      } else {
        await jobsStopped;
      }
      // What the finished work recorded goes out now, within the same grace.
      const dueInTime = outbox?.idle(Math.max(0, deadline - Date.now()));
      if (!(await settlesBy(dueInTime ?? Promise.resolve(), deadline))) {
        logger.warn("Stopping with notices still to deliver; they go out at the next start");
      }
      await outbox?.stop();
      await health?.close();
      stopCheckpoints();
      await database.$disconnect();
      lock.release();
    };
    return {
      app,
      db,
      deps,
      port,
      outbox,
      healthPort: health?.port,
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

/**
 * SQLite: the lock on the file (so a restore refuses while the bot runs), a backup when
 * migrations are pending, then the migrations. PostgreSQL: the pending migrations, one replica
 * at a time (see `migratePostgresOnce`); backups and restores are the server's.
 */
async function prepareDatabase(
  config: Config,
  logger: Logger,
  now: Date,
  skipMigrations: boolean | undefined,
): Promise<{ release: () => void }> {
  if (isPostgresUrl(config.DATABASE_URL)) {
    if (!skipMigrations) await migratePostgresOnce(config.DATABASE_URL);
    return { release: () => {} };
  }
  ensureDatabaseFolder(config.DATABASE_URL);
  const databaseFile = sqliteFilePath(config.DATABASE_URL);
  const lock = holdDatabaseLock(databaseFile);
  try {
    if (!skipMigrations) {
      const backup = backupBeforeMigrations(databaseFile, path.resolve(config.BACKUP_DIR), now);
      if (backup) logger.info("Backed up the database before applying migrations", backup);
      if (migrationsNeeded(databaseFile)) applyMigrations(config.DATABASE_URL);
    }
    return lock;
  } catch (error) {
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

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return within(promise, START_TIMEOUT_MS, () => {
    throw new Error(`${what} took longer than ${START_TIMEOUT_MS / 1000} s.`);
  });
}

/** A client for the outbox: rate limits and failures come back at once, for the outbox to pace. */
function deliveryClient(config: Config, logger: Logger, policy: DeliveryPolicy): WebClient {
  return new DeliveryClient(config.SLACK_BOT_TOKEN, {
    logger,
    timeoutMs: policy.requestTimeoutMs,
    slackApiUrl: config.SLACK_API_URL,
  });
}
