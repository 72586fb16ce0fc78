import { z } from "zod";
import { findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput, todayFor } from "../inputs.ts";
import {
  CONFIRMATION_ENTRY_SELECT,
  type ConfirmationEntry,
  toConfirmationEntries,
} from "./get-confirmation-request.ts";

export const checkEntryDeciderInput = z.object({ entryId: idInput });
export type CheckEntryDeciderInput = z.input<typeof checkEntryDeciderInput>;

/**
 * Said to anyone who may not see an entry, whatever it is (waiting, decided, withdrawn) and
 * whether it exists, so the refusal tells a stranger nothing.
 */
export const NOT_YOUR_SESSION =
  "You can't open that session: only the person asked to confirm it can.";

export function notYourSession(details: Record<string, unknown>): AppError {
  return new AppError("FORBIDDEN", NOT_YOUR_SESSION, details);
}

/**
 * Before the query form is shown: the entry, if the actor may see it. While it waits, only its
 * confirmer may; once answered or withdrawn, its confirmer or whoever answered it (to show who
 * did). Everyone else gets one refusal, the same for every entry. Reads only.
 */
export async function checkEntryDecider(
  ctx: ServiceContext,
  actor: Actor,
  input: CheckEntryDeciderInput,
): Promise<ConfirmationEntry> {
  const { entryId } = parseInput(checkEntryDeciderInput, input);
  return ctx.db.$transaction(async (tx) => {
    const me = await findPerson(tx, actor);
    if (!me) throw notYourSession({ entryId });
    const rows = await tx.activityEntry.findMany({
      where: { id: entryId },
      select: CONFIRMATION_ENTRY_SELECT,
    });
    const [entry] = await toConfirmationEntries(tx, rows, todayFor(ctx));
    if (entry && entry.trainee.id === me.id) {
      throw new AppError("FORBIDDEN", "You can't confirm or query your own sessions.", { entryId });
    }
    const isConfirmer = entry?.confirmer?.id === me.id;
    const answered = entry?.state !== "claimed" && entry?.decidedBy?.id === me.id;
    if (!entry || !(isConfirmer || answered)) {
      throw notYourSession({ entryId, askerId: me.id });
    }
    return entry;
  });
}
