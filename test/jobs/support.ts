import { loadConfig } from "../../src/config.ts";
import type { Database } from "../../src/db/client.ts";
import { DEFAULT_TEAM } from "../../src/dev/emulator/index.ts";
import type { JobDeps } from "../../src/jobs/job-deps.ts";
import { createLogger } from "../../src/logger.ts";
import type { Actor, ServiceContext } from "../../src/services/context.ts";
import type { Harness } from "../support/bot-harness.ts";
import { CAST, type CastMember } from "../support/cast.ts";
import { TEST_DATA_KEY } from "../support/keys.ts";

/** Job deps on a test database, with a fixed clock and the log lines kept for assertions. */
export function jobDeps(db: Database, now: Date, env: Record<string, string> = {}) {
  const lines: string[] = [];
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "jobs-signing-secret",
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    LEADERSHIP_CHANNEL_ID: "C0LEADERS",
    SUBCOMMITTEE_CHANNEL_ID: "C0SUBCOMM",
    ...env,
  });
  const clock = { now };
  const deps: JobDeps = {
    config,
    db,
    logger: createLogger("debug", (line) => lines.push(line)),
    now: () => clock.now,
    deliverSoon: () => undefined,
  };
  return { deps, lines, clock };
}

/**
 * The running bot's job deps, to run a job at a fixed moment. What a run records is delivered by
 * the bot's outbox: wait for it with `h.bot.outbox.idle()`.
 */
export function harnessJobs(h: Harness): { deps: JobDeps } {
  return {
    deps: {
      config: h.config,
      db: h.bot.db,
      logger: createLogger("error", () => undefined),
      now: () => h.clock.now,
      deliverSoon: () => h.bot.outbox.kick(),
    },
  };
}

/** A cast member as the services see them, in the emulator's workspace. */
export function castActor(who: CastMember, isAdmin = false): Actor {
  return {
    teamId: DEFAULT_TEAM.teamId,
    userId: CAST[who].id,
    isAdmin,
    displayName: CAST[who].realName,
  };
}

/** A service context on the running bot's database at a given moment. */
export function contextAt(h: Harness, iso: string): ServiceContext {
  return { db: h.bot.db, now: new Date(iso), timeZone: h.config.TIMEZONE };
}
