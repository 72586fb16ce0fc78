import {
  listPendingApplications,
  type PendingApplication,
} from "../applications/list-pending-applications.ts";
import { listRecentDecisions, type RecentDecision } from "../applications/list-recent-decisions.ts";
import type { ServiceContext } from "../context.ts";
import {
  listUnansweredRequests,
  type UnansweredRequest,
} from "../leadership-requests/list-unanswered-requests.ts";
import { findLastJobRun } from "./find-last-job-run.ts";

export const DIGEST_JOB = "digest";
/** Decisions since the last digest, or over this many days when there was none. */
const DEFAULT_WINDOW_MS = 7 * 86_400_000;
/** Enquiries and training-day requests unanswered for more than this many days. */
const UNANSWERED_AFTER_DAYS = 5;

/** Everything the digest shows, gathered at `now`. */
export interface DigestContent {
  now: Date;
  timeZone: string;
  /** Decisions are listed from here. */
  since: Date;
  pending: PendingApplication[];
  unanswered: UnansweredRequest[];
  decisions: RecentDecision[];
}

/**
 * When the last digest ran (its claimed period's start), or 7 days ago. The scheduled run leaves
 * its own period out, so it lists what happened since the previous week's digest.
 */
export async function digestSince(ctx: ServiceContext, excludingPeriod?: string): Promise<Date> {
  const last = await findLastJobRun(ctx, {
    job: DIGEST_JOB,
    ...(excludingPeriod ? { excludingPeriod } : {}),
  });
  return last?.startedAt ?? new Date(ctx.now.getTime() - DEFAULT_WINDOW_MS);
}

/** The digest's queries: pending applications, unanswered requests and recent decisions. */
export async function gatherDigest(ctx: ServiceContext, since: Date): Promise<DigestContent> {
  const pending = await listPendingApplications(ctx);
  const unanswered = await listUnansweredRequests(ctx, { olderThanDays: UNANSWERED_AFTER_DAYS });
  const decisions = await listRecentDecisions(ctx, { since });
  return { now: ctx.now, timeZone: ctx.timeZone, since, pending, unanswered, decisions };
}
