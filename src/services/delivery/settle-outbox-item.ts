import type { Database } from "../../db/client.ts";
import { recordEffects } from "../../db/outbox.ts";

/** Marks items delivered: the one delivered and any identical ones it stood for. */
export async function markOutboxDelivered(db: Database, ids: readonly number[]): Promise<void> {
  await db.outboxItem.updateMany({
    where: { id: { in: [...ids] }, deliveredAt: null },
    data: { deliveredAt: new Date(), leasedUntil: null },
  });
}

/** Puts an item back to wait until `dueAt`, keeping Slack's error code (never message text). */
export async function retryOutboxItemLater(
  db: Database,
  id: number,
  { dueAt, error }: { dueAt: Date; error: string },
): Promise<void> {
  await db.outboxItem.update({
    where: { id },
    data: { dueAt, leasedUntil: null, lastError: error },
  });
}

/**
 * Stops trying an item. The admins are told once, by an item of its own, unless the item
 * that failed was itself such a notice.
 */
export async function giveUpOutboxItem(
  db: Database,
  id: number,
  { error, tellAdmins }: { error: string; tellAdmins: boolean },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.outboxItem.update({
      where: { id },
      data: {
        failedAt: new Date(),
        leasedUntil: null,
        lastError: error,
      },
    });
    if (tellAdmins) await recordEffects(tx, [{ type: "delivery.failed", itemId: id }]);
  });
}

/** What the admins' notice needs: what could not be delivered, and Slack's last answer. */
export async function getFailedOutboxItem(db: Database, id: number) {
  return db.outboxItem.findUnique({
    where: { id },
    select: { id: true, effect: true, attempts: true, lastError: true, createdAt: true },
  });
}
