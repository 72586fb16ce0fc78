import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { findPerson } from "../../db/people.ts";
import { isWithdrawable } from "../../domain/activity.ts";
import { AppError } from "../../domain/app-error.ts";
import type { ActivityEntry } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";

export const withdrawEntryInput = z.object({ entryId: idInput });
export type WithdrawEntryInput = z.input<typeof withdrawEntryInput>;

export interface WithdrawEntryResult {
  /** False when the entry was already withdrawn. */
  changed: boolean;
  entry: ActivityEntry;
}

const NOT_YOURS = "You can't withdraw that session: only the trainee who logged it can.";

/**
 * The trainee takes back an entry nobody else vouched for: one not yet confirmed (claimed or
 * queried), or one that counts on their own word (a group session, weekend, course…).
 */
export async function withdrawEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: WithdrawEntryInput,
): Promise<WithdrawEntryResult> {
  const { entryId } = parseInput(withdrawEntryInput, input);

  return ctx.db.$transaction(async (tx) => {
    const person = await findPerson(tx, actor);
    if (!person) throw new AppError("FORBIDDEN", NOT_YOURS, { entryId });
    const found = await tx.activityEntry.findUnique({ where: { id: entryId } });
    // The same words whether the entry is someone else's or none at all.
    if (!found || found.traineeId !== person.id) {
      throw new AppError("FORBIDDEN", NOT_YOURS, { entryId });
    }

    if (found.state === "withdrawn") return { changed: false, entry: found };
    if (!isWithdrawable(found)) {
      throw new AppError(
        "ALREADY_DECIDED",
        "This session is already confirmed, so it can't be withdrawn. If it is wrong, ask the person who confirmed it or an admin.",
        { entryId, state: found.state },
      );
    }

    // Only as it was read: a confirmation meanwhile wins.
    const { count } = await tx.activityEntry.updateMany({
      where: { id: entryId, state: found.state, decidedById: found.decidedById },
      data: { state: "withdrawn" },
    });
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        "This session changed while you were withdrawing it: list your sessions again to see where it stands.",
        { entryId },
      );
    }
    const entry = await tx.activityEntry.findUniqueOrThrow({ where: { id: entryId } });

    await recordAudit(tx, {
      actorId: person.id,
      action: "entry.withdrawn",
      subjectType: "activity_entry",
      subjectId: entry.id,
      details: { kind: entry.kind, occurredOn: entry.occurredOn },
      at: ctx.now,
    });
    await recordEffects(tx, [
      ...(entry.requestChannel && entry.requestTs
        ? [
            {
              type: "confirmations.redraw" as const,
              channel: entry.requestChannel,
              ts: entry.requestTs,
            },
          ]
        : []),
      { type: "home.refresh", personId: entry.traineeId },
    ]);
    return { changed: true, entry };
  });
}
