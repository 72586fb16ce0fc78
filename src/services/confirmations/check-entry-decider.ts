import { z } from "zod";
import { findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, mention, parseInput, todayFor } from "../inputs.ts";
import {
  CONFIRMATION_ENTRY_SELECT,
  type ConfirmationEntry,
  toConfirmationEntries,
} from "./get-confirmation-request.ts";

export const checkEntryDeciderInput = z.object({ entryId: idInput });
export type CheckEntryDeciderInput = z.input<typeof checkEntryDeciderInput>;

/**
 * Before the query form is shown: the entry, if the actor is the one who may confirm or query
 * it (an entry already decided is returned as it is, to show who decided). Reads only; the
 * refusals match decideEntry's.
 */
export async function checkEntryDecider(
  ctx: ServiceContext,
  actor: Actor,
  input: CheckEntryDeciderInput,
): Promise<ConfirmationEntry> {
  const { entryId } = parseInput(checkEntryDeciderInput, input);
  return ctx.db.$transaction(async (tx) => {
    const me = await findPerson(tx, actor);
    const rows = await tx.activityEntry.findMany({
      where: { id: entryId },
      select: CONFIRMATION_ENTRY_SELECT,
    });
    const [entry] = await toConfirmationEntries(tx, rows, todayFor(ctx));
    if (!entry) {
      throw new AppError("NOT_FOUND", "I can't find that session: it may have been removed.");
    }
    if (me && entry.trainee.id === me.id) {
      throw new AppError("FORBIDDEN", "You can't confirm or query your own sessions.", { entryId });
    }
    if (entry.state !== "claimed") return entry;
    if (!me || entry.confirmer?.id !== me.id) {
      throw new AppError(
        "FORBIDDEN",
        entry.confirmer
          ? `Only ${mention(entry.confirmer)} can confirm or query this session.`
          : "Only an accredited co-leader or the trainee's supervisor can confirm or query this session.",
        { entryId, deciderId: me?.id ?? null },
      );
    }
    return entry;
  });
}
