import { recordReminders } from "../services/jobs/record-reminders.ts";
import { type JobDeps, jobContext } from "./job-deps.ts";
import { dayPeriod } from "./periods.ts";
import { type ClaimedRunOutcome, runOncePerPeriod } from "./run-once.ts";

export const REMINDERS_JOB = "reminders";

/** The daily run: claims today (in TIMEZONE), then records the reminders due; a taken day sends nothing. */
export async function runScheduledReminders(deps: JobDeps, now: Date): Promise<ClaimedRunOutcome> {
  const period = dayPeriod(now, deps.config.TIMEZONE);
  return runOncePerPeriod(deps, now, { job: REMINDERS_JOB, period }, async () => {
    const summary = await recordReminders(jobContext(deps, now));
    deps.logger.info("Sent the reminders", summary);
  });
}
