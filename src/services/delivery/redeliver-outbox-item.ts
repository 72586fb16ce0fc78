import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { ensurePersonId } from "../../db/people.ts";
import { sqlTransaction } from "../../db/sql.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";
import { requireAdmin } from "../register/add-leader.ts";

export const redeliverInput = z.object({ itemId: idInput });
export type RedeliverInput = z.input<typeof redeliverInput>;

/** What was queued again, for the admin's answer. */
export interface RedeliveredItem {
  id: number;
  effect: string;
  attempts: number;
  lastError: string | null;
}

export const NOT_WAITING_MESSAGE =
  "That notice is not waiting to be delivered again: it was delivered, or an admin has already asked for it.";

/**
 * An admin asks for a notice the outbox gave up on to be tried again, once they have fixed what
 * Slack refused (invited the bot back to a channel, say). The item is due at once, with a fresh
 * set of attempts before it is given up again: its earlier attempts are counted with the waits,
 * which never bring an item nearer to giving up. They still count as attempts, so a post whose
 * answer was lost is looked for in the channel before it is posted again.
 */
export async function redeliverOutboxItem(
  ctx: ServiceContext,
  actor: Actor,
  input: RedeliverInput,
): Promise<RedeliveredItem> {
  requireAdmin(actor);
  const { itemId } = parseInput(redeliverInput, input);
  return sqlTransaction(ctx.db, async (sql) => {
    const [row] = await sql.$queryRaw<(RedeliveredItem & { id: number | bigint })[]>`
      UPDATE "outbox"
      SET "failed_at" = NULL, "due_at" = ${new Date()}, "leased_until" = NULL, "waits" = "attempts"
      WHERE "id" = ${itemId} AND "failed_at" IS NOT NULL AND "delivered_at" IS NULL
        AND "effect" <> 'delivery.failed'
      RETURNING "id", "effect", "attempts", "last_error" AS "lastError"`;
    // A missing item gets the same answer as one delivered, so ids reveal nothing.
    if (!row) throw new AppError("CONFLICT", NOT_WAITING_MESSAGE, { itemId });
    const item = { ...row, id: Number(row.id), attempts: Number(row.attempts) };
    const admin = await ensurePersonId(sql, actor, true);
    await recordAudit(sql, {
      actorId: admin.id,
      action: "outbox.redelivered",
      subjectType: "outbox",
      subjectId: item.id,
      details: { effect: item.effect, attempts: item.attempts },
      at: ctx.now,
    });
    return item;
  });
}
