import { z } from "zod";
import { calendarDate, daysBetween } from "../../domain/dates.ts";
import type { ServiceContext } from "../context.ts";
import { daysInput, parseInput, todayFor } from "../inputs.ts";
import { PERSON_SUMMARY_SELECT, type PersonSummary, personSummary } from "../person-summary.ts";

export const listIdleTraineesSchema = z.object({
  /** Only trainees with nothing logged for at least this many days (default 56: 8 weeks). */
  idleDays: daysInput(1, 3650).default(56),
});
export type ListIdleTraineesInput = z.input<typeof listIdleTraineesSchema>;

export interface IdleTrainee {
  person: PersonSummary;
  /** The day ("YYYY-MM-DD") of their last entry, or of their profile when they never logged. */
  idleSince: string;
  idleDays: number;
}

/** Applications that mean a trainee is waiting for the society, not idle. */
const WAITING_STATUSES = ["submitted", "resubmitted", "recommended"];

/**
 * Trainees (a profile, or entries logged) with nothing logged for N days who still want nudges:
 * not opted out, not on the register, and not waiting on an application.
 */
export async function listIdleTrainees(
  ctx: ServiceContext,
  input: ListIdleTraineesInput = {},
): Promise<IdleTrainee[]> {
  const { idleDays } = parseInput(listIdleTraineesSchema, input);
  const today = todayFor(ctx);
  const [people, lastEntries] = await ctx.db.$transaction(async (tx) => [
    await tx.person.findMany({
      where: {
        nudgesOptedOut: false,
        OR: [{ profile: { isNot: null } }, { entries: { some: {} } }],
        NOT: [
          { leader: { is: { removedAt: null } } },
          { applications: { some: { status: { in: WAITING_STATUSES } } } },
        ],
      },
      select: {
        ...PERSON_SUMMARY_SELECT,
        profile: { select: { createdAt: true } },
      },
      orderBy: { id: "asc" },
    }),
    await tx.activityEntry.groupBy({ by: ["traineeId"], _max: { createdAt: true } }),
  ]);
  const lastLogged = new Map(lastEntries.map((row) => [row.traineeId, row._max.createdAt]));

  return people.flatMap((person): IdleTrainee[] => {
    const last = latest(lastLogged.get(person.id), person.profile?.createdAt);
    if (!last) return [];
    const idleSince = calendarDate(last, ctx.timeZone);
    const days = daysBetween(idleSince, today);
    if (days < idleDays) return [];
    return [
      {
        person: personSummary(person),
        idleSince,
        idleDays: days,
      },
    ];
  });
}

function latest(first: Date | null | undefined, second: Date | null | undefined): Date | undefined {
  if (!first) return second ?? undefined;
  return second && second > first ? second : first;
}
