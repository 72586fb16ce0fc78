import { type Logger as CronLogger, schedule } from "node-cron";
import { isPostgresUrl } from "../db/database-url.ts";
import type { InFlight } from "../in-flight.ts";
import { findLastJobRun } from "../services/jobs/find-last-job-run.ts";
import { DIGEST_JOB } from "../services/jobs/gather-digest.ts";
import { BACKUP_JOB, runScheduledBackup } from "./backup.ts";
import { cronMatcher } from "./cron-matcher.ts";
import { runScheduledDigest } from "./digest.ts";
import { type JobDeps, type JobLogger, jobContext } from "./job-deps.ts";
import { dayPeriod, dueTimeInPeriod, type PeriodOf, weekPeriod } from "./periods.ts";
import { REMINDERS_JOB, runScheduledReminders } from "./reminders.ts";
import { RETENTION_CRON, RETENTION_JOB, runScheduledRetention } from "./retention.ts";
import type { ClaimedRunOutcome } from "./run-once.ts";

export interface ScheduledJob {
  /** The JobRun name, also the cron task's name. */
  name: string;
  cron: string;
  periodOf: PeriodOf;
  run: (now: Date) => Promise<ClaimedRunOutcome>;
}

export interface Scheduler {
  /** Destroys the cron tasks, then waits for any run in progress. */
  stop: () => Promise<void>;
}

/**
 * The weekly digest (DIGEST_CRON), the daily reminders (REMINDERS_CRON), retention (03:30) and,
 * on SQLite, the backup (BACKUP_CRON); a PostgreSQL server's backups are the server's (pg_dump).
 */
export function scheduledJobs(deps: JobDeps): ScheduledJob[] {
  const jobs: ScheduledJob[] = [
    {
      name: DIGEST_JOB,
      cron: deps.config.DIGEST_CRON,
      periodOf: weekPeriod,
      run: (now) => runScheduledDigest(deps, now),
    },
    {
      name: REMINDERS_JOB,
      cron: deps.config.REMINDERS_CRON,
      periodOf: dayPeriod,
      run: (now) => runScheduledReminders(deps, now),
    },
    {
      name: RETENTION_JOB,
      cron: RETENTION_CRON,
      periodOf: dayPeriod,
      run: (now) => runScheduledRetention(deps, now),
    },
    {
      name: BACKUP_JOB,
      cron: deps.config.BACKUP_CRON,
      periodOf: dayPeriod,
      run: (now) => runScheduledBackup(deps, now),
    },
  ];
  return isPostgresUrl(deps.config.DATABASE_URL)
    ? jobs.filter((job) => job.name !== BACKUP_JOB)
    : jobs;
}

/**
 * Schedules the jobs in TIMEZONE, then catches up: a job whose scheduled time in the current
 * period has passed, unclaimed, runs once now. A job that has never run waits for its schedule,
 * so a new install does not post on its first start.
 */
export async function startScheduler(
  deps: JobDeps,
  jobs: readonly ScheduledJob[],
  inFlight?: Pick<InFlight, "track">,
): Promise<Scheduler> {
  const running = new Set<Promise<unknown>>();
  const runSafely = (job: ScheduledJob, now: Date) => {
    const run = job.run(now).catch((error: unknown) => {
      deps.logger.error("A scheduled job could not run", {
        job: job.name,
        error: error instanceof Error ? error.message : String(error),
      });
    });
    running.add(run);
    void inFlight?.track(run, `scheduled job ${job.name}`);
    void run.finally(() => running.delete(run));
    return run;
  };
  const tasks = jobs.map((job) =>
    schedule(job.cron, () => runSafely(job, deps.now()), {
      name: job.name,
      timezone: deps.config.TIMEZONE,
      noOverlap: true,
      logger: cronLogger(deps.logger),
    }),
  );
  for (const job of jobs) {
    const missed = await isMissed(deps, job, deps.now()).catch((error: unknown) => {
      deps.logger.error("Could not check for a missed scheduled run", {
        job: job.name,
        error: error instanceof Error ? error.message : String(error),
      });
      return false;
    });
    if (missed) await runSafely(job, deps.now());
  }
  return {
    stop: async () => {
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.allSettled([...running]);
    },
  };
}

/**
 * True when the job has run before, its time in the current period has passed, and its latest run
 * was for an earlier period. Claiming the period still decides who runs it.
 */
export async function isMissed(deps: JobDeps, job: ScheduledJob, now: Date): Promise<boolean> {
  const timeZone = deps.config.TIMEZONE;
  const last = await findLastJobRun(jobContext(deps, now), { job: job.name });
  if (!last) return false;
  const due = dueTimeInPeriod(
    cronMatcher(job.cron, timeZone),
    (at) => job.periodOf(at, timeZone),
    now,
  );
  if (!due) return false;
  const missed = last.period !== job.periodOf(due, timeZone);
  if (missed)
    deps.logger.info("Catching up a scheduled job missed while the bot was down", {
      job: job.name,
      due,
    });
  return missed;
}

function cronLogger(logger: JobLogger): CronLogger {
  return {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message, error) => logger.error(String(message), error?.message),
    debug: (message) => logger.debug(String(message)),
  };
}
