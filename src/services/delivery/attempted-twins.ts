import { attemptedTwinExists } from "../../db/outbox.ts";
import { sqlOf } from "../../db/sql.ts";
import type { ServiceContext } from "../context.ts";
import type { OutboxItemToDeliver } from "./claim-outbox-items.ts";

/**
 * Whether a post this item makes may have been made already by an earlier attempt, of this item
 * or of another for the same effect (one that crashed, lost Slack's answer, or was given up), and
 * left unrecorded. When not, the post need not be looked for in the channel first.
 */
export async function mayHavePostedBefore(
  ctx: ServiceContext,
  item: OutboxItemToDeliver,
): Promise<boolean> {
  return item.attempts > 0 || attemptedTwinExists(sqlOf(ctx.db), item.id, item.effect);
}
