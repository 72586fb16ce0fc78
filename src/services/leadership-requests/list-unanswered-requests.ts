import { z } from "zod";
import { calendarDate, daysBetween } from "../../domain/dates.ts";
import {
  type LeadershipRequestKind,
  leadershipRequestKind,
} from "../../domain/leadership-request.ts";
import type { ServiceContext } from "../context.ts";
import { daysInput, parseInput } from "../inputs.ts";
import { PERSON_SUMMARY_SELECT, type PersonSummary, personSummary } from "../person-summary.ts";

const DAY_MS = 86_400_000;

export const listUnansweredRequestsSchema = z.object({
  /** Only those waiting more than this many days (default 5). */
  olderThanDays: daysInput(0, 365).default(5),
});
export type ListUnansweredRequestsInput = z.input<typeof listUnansweredRequestsSchema>;

export interface UnansweredRequest {
  kind: LeadershipRequestKind;
  id: number;
  person: PersonSummary;
  createdAt: Date;
  /** Calendar days waiting, in the society's time zone. */
  ageDays: number;
  /** Where the request was posted in the leadership team's channel (null until it is). */
  postChannel: string | null;
  postTs: string | null;
}

/**
 * Requests to the leadership team nobody has answered for more than N days, oldest first. What
 * the person wrote is left out: the digest goes to the subcommittee's channel, and a request's
 * text is for the leadership team's channel only (docs/privacy.md).
 */
export async function listUnansweredRequests(
  ctx: ServiceContext,
  input: ListUnansweredRequestsInput = {},
): Promise<UnansweredRequest[]> {
  const { olderThanDays } = parseInput(listUnansweredRequestsSchema, input);
  const cutoff = new Date(ctx.now.getTime() - olderThanDays * DAY_MS);
  const rows = await ctx.db.leadershipRequest.findMany({
    where: { answeredAt: null, createdAt: { lt: cutoff } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      createdAt: true,
      postChannel: true,
      postTs: true,
      person: { select: PERSON_SUMMARY_SELECT },
    },
  });
  const today = calendarDate(ctx.now, ctx.timeZone);
  return rows.map((row) => {
    const kind = leadershipRequestKind.parse(row.kind);
    return {
      kind,
      id: row.id,
      person: personSummary(row.person),
      createdAt: row.createdAt,
      ageDays: daysBetween(calendarDate(row.createdAt, ctx.timeZone), today),
      postChannel: row.postChannel,
      postTs: row.postTs,
    };
  });
}
