import type { Effect } from "../domain/effects.ts";
import {
  claimJobPeriod,
  claimJobPeriodToRecord,
  type JobPeriodInput,
} from "../services/jobs/claim-job-period.ts";
import { finishJobRun } from "../services/jobs/finish-job-run.ts";
import { type JobDeps, jobContext } from "./job-deps.ts";

export type ClaimedRunOutcome = "done" | "already_claimed" | "failed";

/**
 * At most once per period: claims (job, period) in the database, then does the work. When the
 * period is taken (a restart, another instance, a catch-up) nothing is done. When the work fails
 * after the claim, the run stays unfinished (finishedAt empty) and is logged, not retried: a retry
 * could post twice, so an admin runs it by hand instead (`admin digest` / `admin reminders`).
 * What the work recorded for Slack is handed to the outbox at once, whether it finished or not.
 */
export async function runOncePerPeriod(
  deps: JobDeps,
  now: Date,
  claim: JobPeriodInput,
  work: () => Promise<void>,
): Promise<ClaimedRunOutcome> {
  const claimed = await claimJobPeriod(jobContext(deps, now), claim);
  if (!claimed.claimed) {
    deps.logger.debug("Scheduled work skipped: its period is already claimed", claim);
    return "already_claimed";
  }
  try {
    await work();
  } catch (error) {
    deps.deliverSoon();
    deps.logger.error("Scheduled work failed after claiming its period; it will not be retried", {
      ...claim,
      runId: claimed.runId,
      error: error instanceof Error ? error.message : String(error),
    });
    return "failed";
  }
  deps.deliverSoon();
  await finishJobRun(jobContext(deps, deps.now()), { runId: claimed.runId });
  return "done";
}

/**
 * At most once per period, for a run whose whole work is telling Slack: the effects are recorded
 * right after the claim, and the outbox delivers them (retrying as it does).
 */
export async function recordOncePerPeriod(
  deps: JobDeps,
  now: Date,
  claim: JobPeriodInput,
  effects: readonly Effect[],
): Promise<Exclude<ClaimedRunOutcome, "failed">> {
  const claimed = await claimJobPeriodToRecord(jobContext(deps, now), claim, effects);
  if (claimed.claimed) {
    deps.deliverSoon();
    return "done";
  }
  deps.logger.debug("Scheduled work skipped: its period is already claimed", claim);
  return "already_claimed";
}
