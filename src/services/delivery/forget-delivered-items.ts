import { deleteDeliveredBefore } from "../../db/outbox.ts";
import type { ServiceContext } from "../context.ts";

/** How long a delivered outbox item is kept, for an admin looking into what was sent. */
export const DELIVERED_KEPT_DAYS = 30;

/**
 * Retention for the outbox: items delivered over `DELIVERED_KEPT_DAYS` ago are deleted, so the
 * table holds what is waiting and what was lately sent, not every notice since the bot started.
 */
export function forgetDeliveredItems(ctx: ServiceContext): Promise<number> {
  return deleteDeliveredBefore(
    ctx.db,
    new Date(ctx.now.getTime() - DELIVERED_KEPT_DAYS * 86_400_000),
  );
}
