import { z } from "zod";
import { isActiveSupervisor } from "../db/leaders.ts";
import { findPerson } from "../db/people.ts";
import { AppError } from "../domain/app-error.ts";
import type { Actor, ServiceContext } from "./context.ts";
import { mention, parseInput, personRefInput } from "./inputs.ts";

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

export interface ListedEntry {
  id: number;
  kind: string;
  occurredOn: string;
  count: number;
  hours: number | null;
  mode: string | null;
  format: string | null;
  state: string;
  /** Private: shown to the trainee and their supervisor only. */
  note: string | null;
  queryReason: string | null;
  counterpart: { slackTeamId: string; slackUserId: string; displayName: string | null } | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface ListEntriesResult {
  entries: ListedEntry[];
}

/** A trainee's recent entries, newest first, with the counterpart and state of each. */
export async function listEntries(
  ctx: ServiceContext,
  actor: Actor,
  input: ListEntriesInput = {},
): Promise<ListEntriesResult> {
  const { trainee: traineeRef, limit } = parseInput(listEntriesInput, input);

  return ctx.db.$transaction(async (tx) => {
    const viewer = await findPerson(tx, actor);
    const own =
      !traineeRef || (traineeRef.teamId === actor.teamId && traineeRef.userId === actor.userId);
    const trainee = own ? viewer : await findPerson(tx, traineeRef);
    if (!own) {
      const allowed = viewer && trainee && (await isActiveSupervisor(tx, viewer.id, trainee.id));
      if (!allowed) {
        throw new AppError(
          "FORBIDDEN",
          `Only ${mention(traineeRef)} and their supervisor can see their sessions.`,
        );
      }
    }
    if (!trainee) return { entries: [] };

    const rows = await tx.activityEntry.findMany({
      where: { traineeId: trainee.id },
      orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
      take: limit,
      include: {
        counterpart: { select: { slackTeamId: true, slackUserId: true, displayName: true } },
      },
    });
    return {
      entries: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        occurredOn: row.occurredOn,
        count: row.count,
        hours: row.hours,
        mode: row.mode,
        format: row.format,
        state: row.state,
        note: row.note,
        queryReason: row.queryReason,
        counterpart: row.counterpart,
        decidedAt: row.decidedAt,
        createdAt: row.createdAt,
      })),
    };
  });
}
