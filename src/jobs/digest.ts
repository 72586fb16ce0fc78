import { DIGEST_JOB, digestSince } from "../services/jobs/gather-digest.ts";
import { type JobDeps, jobContext } from "./job-deps.ts";
import { weekPeriod } from "./periods.ts";
import { type ClaimedRunOutcome, recordOncePerPeriod } from "./run-once.ts";

/**
 * The weekly run: claims this ISO week (in TIMEZONE) and, with the claim, records the digest for
 * the outbox to post; a taken week records nothing. It lists decisions since the previous week's
 * digest.
 */
export async function runScheduledDigest(deps: JobDeps, now: Date): Promise<ClaimedRunOutcome> {
  const ctx = jobContext(deps, now);
  const period = weekPeriod(now, ctx.timeZone);
  const since = await digestSince(ctx, period);
  return recordOncePerPeriod(deps, now, { job: DIGEST_JOB, period }, [
    { type: "digest.post", at: now.toISOString(), since: since.toISOString(), requested: false },
  ]);
}
