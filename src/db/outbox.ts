import type { Effect } from "../domain/effects.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { peopleLookingAtHome } from "./home-views.ts";
import type { Sql } from "./sql.ts";

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
 * looking at their Home (src/db/home-views.ts): `homesInView`, when the caller read that
 * already for everyone whose Home the effects refresh, saves asking again. Delivery times are
 * wall-clock time, not the society's clock: they pace calls to Slack. One raw statement.
 */
export async function recordEffects(
  db: Sql,
  effects: readonly Effect[],
  homesInView?: ReadonlySet<number>,
): Promise<void> {
  const homes = effects.flatMap((effect) =>
    effect.type === "home.refresh" ? [effect.personId] : [],
  );
  const looking = homesInView ?? (await peopleLookingAtHome(db, homes));
  const kept = effects.filter(
    (effect) => effect.type !== "home.refresh" || looking.has(effect.personId),
  );
  if (kept.length === 0) return;
  const now = new Date();
  const rows = kept.map((effect) => {
    const dueAt = new Date(now.getTime() + (SETTLE_MS[effect.type] ?? 0));
    return Prisma.sql`(${effect.type}, ${JSON.stringify(effect)}, ${dueAt}, ${now})`;
  });
  await db.$executeRaw`
    INSERT INTO "outbox" ("effect", "payload", "due_at", "created_at")
    VALUES ${Prisma.join(rows)}`;
  recordedSoFar++;
}

/** Deletes items delivered before `before` (failed and waiting ones stay). One raw statement. */
export async function deleteDeliveredBefore(db: Sql, before: Date): Promise<number> {
  return db.$executeRaw`DELETE FROM "outbox" WHERE "delivered_at" < ${before}`;
}
