import type { Effect } from "../domain/effects.ts";
import type { Db } from "./transaction.ts";

/** Home refreshes wait a moment, so a burst of changes by one person costs one refresh. */
const SETTLE_MS: Partial<Record<Effect["type"], number>> = { "home.refresh": 250 };

/**
 * Records what Slack must be told, inside the caller's transaction, so a change and its
 * notices are stored together or not at all. Delivery times are wall-clock time, not the
 * society's clock: they pace calls to Slack.
 */
export async function recordEffects(db: Db, effects: readonly Effect[]): Promise<void> {
  if (effects.length === 0) return;
  const now = Date.now();
  await db.outboxItem.createMany({
    data: effects.map((effect) => ({
      effect: effect.type,
      payload: JSON.stringify(effect),
      dueAt: new Date(now + (SETTLE_MS[effect.type] ?? 0)),
    })),
  });
}
