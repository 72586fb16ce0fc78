import { z } from "zod";
import { findPerson } from "../../db/people.ts";
import { type EntryDetails, entryDetails } from "../../domain/activity.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";

export const getEntryForCorrectionInput = z.object({ entryId: idInput });
export type GetEntryForCorrectionInput = z.input<typeof getEntryForCorrectionInput>;

/** A queried entry as its trainee corrects it, note included (it is their own). */
export interface EntryForCorrection extends EntryDetails {
  id: number;
  caseDiscussions: number | null;
  recorded: boolean | null;
  provider: string | null;
  approvedInAdvance: boolean | null;
  faceToFace: boolean | null;
  counterpartSlackUserId: string | null;
  note: string | null;
  queryReason: string | null;
}

const NOT_QUERIED: Record<string, string> = {
  claimed:
    "This session is already waiting for confirmation again, so there is nothing to correct now.",
  confirmed: "This session is already confirmed, so it can't be changed.",
  withdrawn: "This session was withdrawn: log it again instead.",
};

/** Said for someone else's entry and for none at all alike. */
export const NOT_YOURS_TO_CORRECT =
  "You can't correct that session: only the trainee who logged it can.";

/** Opening the correction form: only the trainee, and only while the entry is queried. */
export async function getEntryForCorrection(
  ctx: ServiceContext,
  actor: Actor,
  input: GetEntryForCorrectionInput,
): Promise<EntryForCorrection> {
  const { entryId } = parseInput(getEntryForCorrectionInput, input);
  return ctx.db.$transaction(async (tx) => {
    const me = await findPerson(tx, actor);
    if (!me) throw new AppError("FORBIDDEN", NOT_YOURS_TO_CORRECT, { entryId });
    const entry = await tx.activityEntry.findUnique({
      where: { id: entryId },
      include: { counterpart: { select: { slackUserId: true } } },
    });
    // The same words whether the entry is someone else's or none at all.
    if (!entry || entry.traineeId !== me.id) {
      throw new AppError("FORBIDDEN", NOT_YOURS_TO_CORRECT, { entryId });
    }
    if (entry.state !== "queried") {
      throw new AppError(
        "CONFLICT",
        NOT_QUERIED[entry.state] ?? "This session can't be corrected now.",
        { entryId, state: entry.state },
      );
    }
    return {
      id: entry.id,
      ...entryDetails(entry),
      caseDiscussions: entry.caseDiscussions,
      recorded: entry.recorded,
      provider: entry.provider,
      approvedInAdvance: entry.approvedInAdvance,
      faceToFace: entry.faceToFace,
      counterpartSlackUserId: entry.counterpart?.slackUserId ?? null,
      note: entry.note,
      queryReason: entry.queryReason,
    };
  });
}
