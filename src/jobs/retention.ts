import {
  DELIVERED_KEPT_DAYS,
  forgetDeliveredItems,
} from "../services/delivery/forget-delivered-items.ts";
import { deleteExpiredRequests } from "../services/leadership-requests/delete-expired-requests.ts";
import { type JobDeps, jobContext } from "./job-deps.ts";
import { dayPeriod } from "./periods.ts";
import { type ClaimedRunOutcome, runOncePerPeriod } from "./run-once.ts";

export const RETENTION_JOB = "retention";
/** Every day at 03:30 in TIMEZONE, when nobody is using the bot. */
export const RETENTION_CRON = "30 3 * * *";

/**
 * The daily retention run: claims today (in TIMEZONE), then deletes answered enquiries and
 * training-day requests older than RETENTION_MONTHS, and outbox items delivered over
 * DELIVERED_KEPT_DAYS ago. The log gets the counts only.
 */
export async function runScheduledRetention(deps: JobDeps, now: Date): Promise<ClaimedRunOutcome> {
  const period = dayPeriod(now, deps.config.TIMEZONE);
  return runOncePerPeriod(deps, now, { job: RETENTION_JOB, period }, async () => {
    const months = deps.config.RETENTION_MONTHS;
    const deleted = await deleteExpiredRequests(jobContext(deps, now), { months });
    deps.logger.info(
      "Deleted answered enquiries and training-day requests past the retention period",
      { months, ...deleted },
    );
    const items = await forgetDeliveredItems(jobContext(deps, now));
    deps.logger.info("Deleted outbox items delivered over a month ago", {
      days: DELIVERED_KEPT_DAYS,
      items,
    });
  });
}
