import type { Effect } from "../domain/effects.ts";
import { peopleLookingAtHome } from "./home-views.ts";
import type { Db } from "./transaction.ts";

/** Home refreshes wait a moment, so a burst of changes by one person costs one refresh. */
const SETTLE_MS: Partial<Record<Effect["type"], number>> = { "home.refresh": 250 };

let recordedSoFar = 0;

/**
 * How many times effects were recorded in this process: a request that leaves it unchanged
 * stored nothing for the outbox, so nothing need wake the deliverer.
 */
export function effectsRecordedSoFar(): number {
  return recordedSoFar;
}

/**
 * Records what Slack must be told, inside the caller's transaction, so a change and its
 * notices are stored together or not at all. A Home refresh is kept only for people who may be
 * looking at their Home (src/db/home-views.ts). Delivery times are wall-clock time, not the
 * society's clock: they pace calls to Slack.
 */
export async function recordEffects(db: Db, effects: readonly Effect[]): Promise<void> {
  const homes = effects.flatMap((effect) =>
    effect.type === "home.refresh" ? [effect.personId] : [],
  );
  const looking = await peopleLookingAtHome(db, homes);
  const kept = effects.filter(
    (effect) => effect.type !== "home.refresh" || looking.has(effect.personId),
  );
  if (kept.length === 0) return;
  const now = Date.now();
  await db.outboxItem.createMany({
    data: kept.map((effect) => ({
      effect: effect.type,
      payload: JSON.stringify(effect),
      dueAt: new Date(now + (SETTLE_MS[effect.type] ?? 0)),
    })),
  });
  recordedSoFar++;
}
