import { recordEffects } from "../../db/outbox.ts";
import { sqlOf } from "../../db/sql.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceContext } from "../context.ts";

/** Marks items delivered: the one delivered and any identical ones it stood for. One raw statement. */
export async function markOutboxDelivered(
  ctx: ServiceContext,
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return;
  await sqlOf(ctx.db).$executeRaw`
    UPDATE "outbox" SET "delivered_at" = ${new Date()}, "leased_until" = NULL
    WHERE "id" IN (${Prisma.join(ids)}) AND "delivered_at" IS NULL`;
}

/**
 * Puts an item back to wait until `dueAt`, keeping Slack's error code (never message text). An
 * attempt that only had to wait (`waited`: a refused token, a missing scope, a rate limit) is
 * counted apart, so it never brings the item nearer to being given up.
 */
export async function retryOutboxItemLater(
  ctx: ServiceContext,
  id: number,
  { dueAt, error, waited }: { dueAt: Date; error: string; waited: boolean },
): Promise<void> {
  await ctx.db.outboxItem.update({
    where: { id },
    data: {
      dueAt,
      leasedUntil: null,
      lastError: error,
      ...(waited ? { waits: { increment: 1 } } : {}),
    },
  });
}

/**
 * Stops trying an item and the identical ones it stood for (`ids`, the item first). The admins
 * are told once, by an item of its own about the first, unless that was itself such a notice.
 */
export async function giveUpOutboxItems(
  ctx: ServiceContext,
  ids: readonly [number, ...number[]],
  { error, tellAdmins }: { error: string; tellAdmins: boolean },
): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    await tx.outboxItem.updateMany({
      where: { id: { in: [...ids] }, deliveredAt: null },
      data: {
        failedAt: new Date(),
        leasedUntil: null,
        lastError: error,
      },
    });
    if (tellAdmins) await recordEffects(tx, [{ type: "delivery.failed", itemId: ids[0] }]);
  });
}

/** What the admins' notice needs: what could not be delivered, and Slack's last answer. */
export async function getFailedOutboxItem(ctx: ServiceContext, id: number) {
  return ctx.db.outboxItem.findUnique({
    where: { id },
    select: { id: true, effect: true, attempts: true, lastError: true, createdAt: true },
  });
}
