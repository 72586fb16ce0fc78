import { z } from "zod";
import { findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput, todayFor } from "../inputs.ts";
import { storedRuleset } from "../progress/pathway-start.ts";
import { type EntryFieldsInput, entryFieldsInput, refuseUnaskedFields } from "./entry-fields.ts";
import { NOT_YOURS_TO_CORRECT } from "./get-entry-for-correction.ts";
import {
  entryColumns,
  entryWritten,
  type LogEntryResult,
  refuseSelfAsCounterpart,
} from "./log-entry.ts";

/** The entry's id and its corrected fields, validated as when logging. */
export function resubmitEntryInput(today: string) {
  return z.object({ entryId: idInput }).and(entryFieldsInput(today));
}
export type ResubmitEntryInput = { entryId: number } & EntryFieldsInput;

const STILL_CLAIMED =
  "This session is still waiting for confirmation, so there is no query to answer. To change it, withdraw it and log it again.";
const NOT_QUERIED: Record<string, string> = {
  confirmed: "This session is already confirmed, so it can't be changed.",
  withdrawn: "This session was withdrawn: log it again instead.",
};

/** The trainee corrects a queried entry; it goes back to the confirmer as claimed. */
export async function resubmitEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: ResubmitEntryInput,
): Promise<LogEntryResult> {
  const today = todayFor(ctx);
  const { entryId, ...fields } = parseInput(resubmitEntryInput(today), input);
  refuseSelfAsCounterpart(actor, fields.counterpart);

  return ctx.db.$transaction(async (tx) => {
    const trainee = await findPerson(tx, actor);
    if (!trainee) throw new AppError("FORBIDDEN", NOT_YOURS_TO_CORRECT, { entryId });
    const found = await tx.activityEntry.findUnique({ where: { id: entryId } });
    if (!found || found.traineeId !== trainee.id) {
      throw new AppError("FORBIDDEN", NOT_YOURS_TO_CORRECT, {
        entryId,
      });
    }
    const profile = await tx.traineeProfile.findUnique({ where: { personId: trainee.id } });
    if (profile) refuseUnaskedFields(fields, storedRuleset(ctx, profile.rulesetId));

    const { count } = await tx.activityEntry.updateMany({
      where: { id: entryId, state: "queried" },
      data: {
        ...(await entryColumns(tx, trainee.id, fields)),
        decidedById: null,
        decidedAt: null,
        queryReason: null,
        // Buttons and forms drawn for the version before stop applying (decide-entry.ts).
        version: { increment: 1 },
        // A new request is sent: the DM that carried the query is not reused.
        requestChannel: null,
        requestTs: null,
      },
    });
    const entry = await tx.activityEntry.findUniqueOrThrow({ where: { id: entryId } });
    if (count === 0) {
      throw new AppError("CONFLICT", NOT_QUERIED[entry.state] ?? STILL_CLAIMED, {
        entryId,
        state: entry.state,
      });
    }

    return entryWritten(tx, entry, {
      actorId: trainee.id,
      action: "entry.resubmitted",
      at: ctx.now,
      today,
    });
  });
}
