import { z } from "zod";
import { type ActivityKind, KINDS_NEEDING_CONFIRMATION } from "../../domain/activity.ts";
import { calendarDate, daysBetween } from "../../domain/dates.ts";
import { chooseConfirmer, confirmerId } from "../../domain/entry-confirmation.ts";
import type { ServiceContext } from "../context.ts";
import { daysInput, idInput, parseInput, todayFor } from "../inputs.ts";
import { PERSON_SUMMARY_SELECT, type PersonSummary, personSummary } from "../person-summary.ts";

const DAY_MS = 86_400_000;

export const listOverdueConfirmationsSchema = z.object({
  /** Only entries waiting more than this many days (default 7). */
  olderThanDays: daysInput(0, 365).default(7),
  /** Only these entries: a reminder chosen earlier, drawn again as the data now stands. */
  entryIds: z.array(idInput).max(10_000).optional(),
});
export type ListOverdueConfirmationsInput = z.input<typeof listOverdueConfirmationsSchema>;

export interface OverdueEntry {
  id: number;
  /** The entry's version, which "Confirm all" carries. */
  version: number;
  kind: ActivityKind;
  occurredOn: string;
  count: number;
  hours: number | null;
  trainee: PersonSummary;
  /** When it was logged, or last resubmitted after a query. */
  waitingSince: Date;
  waitingDays: number;
}

export interface OverdueConfirmations {
  confirmer: PersonSummary;
  /** Longest wait first. */
  entries: OverdueEntry[];
}

/**
 * Claimed entries nobody has confirmed for more than N days, grouped by who may confirm them now
 * (the named leader if accredited, else the trainee's active supervisor). Entries nobody can
 * confirm yet are left out: there is nobody to remind; so are confirmers who snoozed their
 * reminders until later.
 */
export async function listOverdueConfirmations(
  ctx: ServiceContext,
  input: ListOverdueConfirmationsInput = {},
): Promise<OverdueConfirmations[]> {
  const { olderThanDays, entryIds } = parseInput(listOverdueConfirmationsSchema, input);
  const cutoff = new Date(ctx.now.getTime() - olderThanDays * DAY_MS);
  const today = todayFor(ctx);

  const found = await ctx.db.$transaction(async (tx) => {
    const entries = await tx.activityEntry.findMany({
      where: {
        state: "claimed",
        kind: { in: [...KINDS_NEEDING_CONFIRMATION] },
        createdAt: { lt: cutoff },
        ...(entryIds ? { id: { in: entryIds } } : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        version: true,
        kind: true,
        occurredOn: true,
        count: true,
        hours: true,
        counterpartId: true,
        createdAt: true,
        trainee: { select: PERSON_SUMMARY_SELECT },
      },
    });
    if (entries.length === 0) return null;
    const traineeIds = [...new Set(entries.map((e) => e.trainee.id))];
    const counterpartIds = [...new Set(entries.flatMap((e) => e.counterpartId ?? []))];
    const resubmissions = await tx.auditLog.groupBy({
      by: ["subjectId"],
      where: {
        action: "entry.resubmitted",
        subjectType: "activity_entry",
        subjectId: { in: entries.map((e) => e.id) },
      },
      _max: { at: true },
    });
    const leaders = await tx.accreditedLeader.findMany({
      where: { personId: { in: counterpartIds }, removedAt: null, accreditedOn: { lte: today } },
      select: { personId: true },
    });
    const supervisions = await tx.supervision.findMany({
      where: { traineeId: { in: traineeIds }, state: "active" },
      orderBy: { id: "asc" },
      select: { traineeId: true, supervisorId: true },
    });
    return { entries, resubmissions, leaders, supervisions };
  });
  if (!found) return [];

  const accredited = new Set(found.leaders.map((l) => l.personId));
  // The latest active supervision wins, as in activeSupervisorOf().
  const supervisorOf = new Map(found.supervisions.map((s) => [s.traineeId, s.supervisorId]));
  const resubmittedAt = new Map(found.resubmissions.map((r) => [r.subjectId, r._max.at]));

  const byConfirmer = new Map<number, OverdueEntry[]>();
  for (const entry of found.entries) {
    const kind = KINDS_NEEDING_CONFIRMATION.find((k) => k === entry.kind);
    const waitingSince = latest(entry.createdAt, resubmittedAt.get(entry.id));
    if (!kind || waitingSince >= cutoff) continue;
    const confirmer = confirmerId(
      chooseConfirmer({
        traineeId: entry.trainee.id,
        counterpart:
          entry.counterpartId === null
            ? null
            : { personId: entry.counterpartId, accreditedNow: accredited.has(entry.counterpartId) },
        activeSupervisorId: supervisorOf.get(entry.trainee.id) ?? null,
      }),
    );
    if (confirmer === null) continue;
    const list = byConfirmer.get(confirmer) ?? [];
    list.push({
      id: entry.id,
      version: entry.version,
      kind,
      occurredOn: entry.occurredOn,
      count: entry.count,
      hours: entry.hours,
      trainee: personSummary(entry.trainee),
      waitingSince,
      waitingDays: daysBetween(calendarDate(waitingSince, ctx.timeZone), today),
    });
    byConfirmer.set(confirmer, list);
  }
  if (byConfirmer.size === 0) return [];

  // A confirmer who chose "Remind me in a week" is left out until then.
  const confirmers = await ctx.db.person.findMany({
    where: {
      id: { in: [...byConfirmer.keys()] },
      OR: [
        { confirmationRemindersSnoozedUntil: null },
        { confirmationRemindersSnoozedUntil: { lte: ctx.now } },
      ],
    },
    select: PERSON_SUMMARY_SELECT,
  });
  return confirmers
    .map((person) => ({
      confirmer: personSummary(person),
      entries: (byConfirmer.get(person.id) ?? []).sort(
        (a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || a.id - b.id,
      ),
    }))
    .sort((a, b) => a.confirmer.personId - b.confirmer.personId);
}

function latest(first: Date, second: Date | null | undefined): Date {
  return second && second > first ? second : first;
}
