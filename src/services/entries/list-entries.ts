import { z } from "zod";
import { COUNTERPART_LEADER_SELECT, choiceFor, isActiveSupervisor } from "../../db/leaders.ts";
import { findPerson } from "../../db/people.ts";
import { type EntryDetails, entryDetails, isWithdrawable } from "../../domain/activity.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput, todayFor } from "../inputs.ts";

export const listEntriesInput = z.object({
  /** Whose entries: the actor's own when left out; otherwise the actor must supervise them. */
  trainee: personRefInput.optional(),
  limit: z
    .number({ error: "Say how many sessions to show." })
    .int("Say how many sessions to show, as a whole number.")
    .min(1, "Show at least 1 session.")
    .max(100, "Show at most 100 sessions.")
    .default(20),
});
export type ListEntriesInput = z.input<typeof listEntriesInput>;

export interface ListedPerson {
  slackTeamId: string;
  slackUserId: string;
  displayName: string | null;
}

export interface ListedEntry extends EntryDetails {
  id: number;
  state: string;
  /** Private: shown to the trainee and their supervisor only. */
  note: string | null;
  queryReason: string | null;
  /** The co-leader or supervisor the trainee named. */
  counterpart: ListedPerson | null;
  /**
   * While claimed: who is asked to confirm it today, the person named or, when they are not
   * an accredited leader, the trainee's supervisor instead; null when nobody can yet.
   */
  confirmer: ListedPerson | null;
  confirmerIsSupervisorInstead: boolean;
  /** Who confirmed or queried it. */
  decidedBy: ListedPerson | null;
  decidedAt: Date | null;
  /** The trainee may still take it back (see isWithdrawable). */
  withdrawable: boolean;
  createdAt: Date;
}

export interface ListEntriesResult {
  entries: ListedEntry[];
}

const PERSON = {
  select: { id: true, slackTeamId: true, slackUserId: true, displayName: true },
} as const;

/** A trainee's recent entries, newest first, with their state and who confirms or decided each. */
export async function listEntries(
  ctx: ServiceContext,
  actor: Actor,
  input: ListEntriesInput = {},
): Promise<ListEntriesResult> {
  const { trainee: traineeRef, limit } = parseInput(listEntriesInput, input);
  const today = todayFor(ctx);

  return ctx.db.$transaction(async (tx) => {
    const viewer = await findPerson(tx, actor);
    const own =
      !traineeRef || (traineeRef.teamId === actor.teamId && traineeRef.userId === actor.userId);
    const trainee = own ? viewer : await findPerson(tx, traineeRef);
    if (!own) {
      const allowed = viewer && trainee && (await isActiveSupervisor(tx, viewer.id, trainee.id));
      if (!allowed) {
        throw AppError.refuse("FORBIDDEN", {
          reason: "only_they_see_sessions",
          trainee: traineeRef,
        });
      }
    }
    if (!trainee) return { entries: [] };

    const rows = await tx.activityEntry.findMany({
      where: { traineeId: trainee.id },
      orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
      take: limit,
      include: {
        counterpart: { select: { ...PERSON.select, ...COUNTERPART_LEADER_SELECT.select } },
        decidedBy: PERSON,
      },
    });
    // The latest active supervision, as activeSupervisorOf() reads it.
    const supervision = await tx.supervision.findFirst({
      where: { traineeId: trainee.id, state: "active" },
      orderBy: { id: "desc" },
      select: { supervisor: PERSON },
    });
    const supervisor = supervision?.supervisor ?? null;

    return {
      entries: rows.map((row) => {
        const choice =
          row.state === "claimed" ? choiceFor(row, supervisor?.id ?? null, today) : null;
        const confirmer =
          !choice || choice.kind === "none"
            ? null
            : choice.personId === row.counterpart?.id
              ? row.counterpart
              : supervisor;
        return {
          id: row.id,
          ...entryDetails(row),
          state: row.state,
          note: row.note,
          queryReason: row.queryReason,
          counterpart: row.counterpart && listedPerson(row.counterpart),
          confirmer: confirmer && listedPerson(confirmer),
          confirmerIsSupervisorInstead: choice?.kind === "supervisor_instead",
          decidedBy: row.decidedBy && listedPerson(row.decidedBy),
          decidedAt: row.decidedAt,
          withdrawable: isWithdrawable(row),
          createdAt: row.createdAt,
        };
      }),
    };
  });
}

function listedPerson(person: ListedPerson): ListedPerson {
  return {
    slackTeamId: person.slackTeamId,
    slackUserId: person.slackUserId,
    displayName: person.displayName,
  };
}
