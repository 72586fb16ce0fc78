import type { Database } from "./client.ts";

/** How long a delivery may be handled before a repeat counts as a retry of a crashed handler. */
const HANDLING_MS = 30_000;

/**
 * Takes a Slack delivery for this process. False when any process on the database took it
 * already: it was handled, or is being handled (a repeat arriving while the first is slow).
 * A delivery taken but never finished within `HANDLING_MS` (its process died before
 * acknowledging) may be taken again, so Slack's retry is not lost.
 */
export async function takeSlackDelivery(db: Database, key: string, now: Date): Promise<boolean> {
  const taken = await db.slackDelivery.create({ data: { key, takenAt: now } }).then(
    () => true,
    (error: unknown) => {
      if (isUniqueViolation(error)) return false;
      throw error;
    },
  );
  if (taken) return true;
  const retaken = await db.slackDelivery.updateMany({
    where: { key, finishedAt: null, takenAt: { lt: new Date(now.getTime() - HANDLING_MS) } },
    data: { takenAt: now },
  });
  return retaken.count === 1;
}

/** Marks a delivery handled: its repeats are dropped until it is forgotten. */
export async function finishSlackDelivery(db: Database, key: string, now: Date): Promise<void> {
  await db.slackDelivery.updateMany({ where: { key }, data: { finishedAt: now } });
}

/** Forgets deliveries taken before `before` (Slack stops repeating a delivery within minutes). */
export async function forgetSlackDeliveries(db: Database, before: Date): Promise<number> {
  const { count } = await db.slackDelivery.deleteMany({ where: { takenAt: { lt: before } } });
  return count;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
