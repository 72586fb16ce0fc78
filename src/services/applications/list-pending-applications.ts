import { PENDING_DECISION_STATUSES } from "../../domain/application-status.ts";
import { calendarDate, daysBetween } from "../../domain/dates.ts";
import type { ServiceContext } from "../context.ts";
import { PERSON_SUMMARY_SELECT, type PersonSummary, personSummary } from "../person-summary.ts";
import { readChecklistSnapshot } from "./checklist-snapshot.ts";

/** Applications waiting longer than this are flagged in the digest and the reminders. */
export const WAITING_TOO_LONG_DAYS = 28;

export interface PendingApplication {
  id: number;
  status: "submitted" | "resubmitted";
  trainee: PersonSummary;
  rulesetId: string;
  /** The first submission. */
  submittedAt: Date | null;
  /** The latest submission or resubmission: the wait for a decision runs from here. */
  waitingSince: Date;
  /** Calendar days waiting, in the society's time zone. */
  ageDays: number;
  waitingOverFourWeeks: boolean;
  /** Criterion titles from the snapshot taken at (re)submission. */
  met: string[];
  missing: string[];
  /** A supervisor's report was attached, or has arrived since. */
  reportIn: boolean;
  /** The trainee's latest report says ready to apply (false when it says not yet, or none is in). */
  reportReady: boolean;
  postChannel: string | null;
  postTs: string | null;
}

function isPending(status: string): status is PendingApplication["status"] {
  return (PENDING_DECISION_STATUSES as readonly string[]).includes(status);
}

/** Criterion titles met, and what was missing, from the snapshot taken at (re)submission. */
function metAndMissing(json: string): { met: string[]; missing: string[] } {
  const { criteria, missing } = readChecklistSnapshot(json);
  return { met: criteria.filter((c) => c.status === "met").map((c) => c.title), missing };
}

/**
 * Applications waiting for the subcommittee, oldest wait first, for the weekly digest. One
 * query on the status index (Prisma batches the trainee and latest-event lookups); it never
 * reads activity entries, so it stays fast however much trainees have logged.
 */
export async function listPendingApplications(ctx: ServiceContext): Promise<PendingApplication[]> {
  const today = calendarDate(ctx.now, ctx.timeZone);
  const rows = await ctx.db.$transaction(async (tx) =>
    tx.application.findMany({
      where: { status: { in: [...PENDING_DECISION_STATUSES] } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        rulesetId: true,
        submittedAt: true,
        createdAt: true,
        evaluationSnapshot: true,
        reportId: true,
        postChannel: true,
        postTs: true,
        trainee: {
          select: {
            ...PERSON_SUMMARY_SELECT,
            reportsReceived: {
              orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
              take: 1,
              select: { readyToApply: true },
            },
          },
        },
        events: {
          where: { toStatus: { in: [...PENDING_DECISION_STATUSES] } },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          take: 1,
          select: { at: true },
        },
      },
    }),
  );
  const pending = rows.flatMap((row): PendingApplication[] => {
    const { status, trainee } = row;
    if (!isPending(status)) return [];
    const waitingSince = row.events[0]?.at ?? row.submittedAt ?? row.createdAt;
    const ageDays = daysBetween(calendarDate(waitingSince, ctx.timeZone), today);
    return [
      {
        id: row.id,
        status,
        trainee: personSummary(trainee),
        rulesetId: row.rulesetId,
        submittedAt: row.submittedAt,
        waitingSince,
        ageDays,
        waitingOverFourWeeks: ageDays > WAITING_TOO_LONG_DAYS,
        ...metAndMissing(row.evaluationSnapshot),
        reportIn: row.reportId !== null || trainee.reportsReceived.length > 0,
        reportReady: trainee.reportsReceived[0]?.readyToApply === true,
        postChannel: row.postChannel,
        postTs: row.postTs,
      },
    ];
  });
  return pending.sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || a.id - b.id);
}
