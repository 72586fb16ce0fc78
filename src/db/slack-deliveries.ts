import type { Sql } from "./sql.ts";

/** How long a delivery may be handled before a repeat counts as a retry of a crashed handler. */
const HANDLING_MS = 30_000;

/**
 * Takes a Slack delivery for this process. False when any process on the database took it
 * already: it was handled, or is being handled (a repeat arriving while the first is slow).
 * A delivery taken but never finished within `HANDLING_MS` (its process died before
 * acknowledging) may be taken again, so Slack's retry is not lost. One statement: a row comes
 * back only when it was inserted, or re-taken after that time.
 */
export async function takeSlackDelivery(db: Sql, key: string, now: Date): Promise<boolean> {
  const stale = new Date(now.getTime() - HANDLING_MS);
  const taken = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "slack_deliveries" ("key", "taken_at") VALUES (${key}, ${now})
    ON CONFLICT ("key") DO UPDATE SET "taken_at" = excluded."taken_at"
      WHERE "slack_deliveries"."finished_at" IS NULL AND "slack_deliveries"."taken_at" < ${stale}
    RETURNING "key"`;
  return taken.length === 1;
}

/** Marks a delivery handled: its repeats are dropped until it is forgotten. */
export async function finishSlackDelivery(db: Sql, key: string, now: Date): Promise<void> {
  await db.$executeRaw`UPDATE "slack_deliveries" SET "finished_at" = ${now} WHERE "key" = ${key}`;
}

/** Forgets deliveries taken before `before` (Slack stops repeating a delivery within minutes). */
export async function forgetSlackDeliveries(db: Sql, before: Date): Promise<number> {
  return db.$executeRaw`DELETE FROM "slack_deliveries" WHERE "taken_at" < ${before}`;
}
