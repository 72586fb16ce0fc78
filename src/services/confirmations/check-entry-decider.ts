import { z } from "zod";
import { confirmationEntryRows } from "../../db/confirmation-entries.ts";
import { findPersonRef } from "../../db/people.ts";
import { type Sql, sqlTransaction } from "../../db/sql.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput, todayFor } from "../inputs.ts";
import { type ConfirmationEntry, toConfirmationEntries } from "./get-confirmation-request.ts";

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
 * Before the query form is shown: the entry, if the actor may see it (`entryForDecider`). Reads
 * only.
 */
export async function checkEntryDecider(
  ctx: ServiceContext,
  actor: Actor,
  input: CheckEntryDeciderInput,
): Promise<ConfirmationEntry> {
  const { entryId } = parseInput(checkEntryDeciderInput, input);
  return sqlTransaction(ctx.db, async (tx) => {
    const { entry } = await entryForDecider(
      tx,
      await findPersonRef(tx, actor),
      entryId,
      todayFor(ctx),
    );
    return entry;
  });
}

/**
 * The entry, if `me` may decide it or see how it was decided: while it waits, only its
 * confirmer may; once answered or withdrawn, its confirmer or whoever answered it. The trainee
 * is told they can't decide their own; everyone else gets one refusal, the same for every entry.
 * The query form and the decision itself both ask here; the person comes back known.
 */
export async function entryForDecider<Person extends { id: number }>(
  db: Sql,
  me: Person | null,
  entryId: number,
  today: string,
): Promise<{ entry: ConfirmationEntry; me: Person }> {
  if (!me) throw notYourSession({ entryId });
  const [entry] = await toConfirmationEntries(
    db,
    await confirmationEntryRows(db, { entryIds: [entryId] }),
    today,
  );
  if (entry && entry.trainee.id === me.id) {
    throw new AppError("FORBIDDEN", "You can't confirm or query your own sessions.", { entryId });
  }
  const isConfirmer = entry?.confirmer?.id === me.id;
  const answered = entry?.state !== "claimed" && entry?.decidedBy?.id === me.id;
  if (!entry || !(isConfirmer || answered)) throw notYourSession({ entryId, personId: me.id });
  return { entry, me };
}
