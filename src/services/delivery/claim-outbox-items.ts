import { providerOf } from "../../db/client.ts";
import { type Sql, sqlOf } from "../../db/sql.ts";
import { type Effect, type EffectType, effectSchema } from "../../domain/effects.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceContext } from "../context.ts";

/** Effects drawn from the data as it stands when delivered: identical ones pending are one call. */
const COALESCED: readonly EffectType[] = [
  "home.refresh",
  "confirmations.request",
  "confirmations.redraw",
];

export interface OutboxItemToDeliver {
  id: number;
  effect: Effect;
  /** Attempts before this one: above 0, an earlier attempt may have reached Slack. */
  attempts: number;
  /** Of those, the ones that only waited (a refused token, a missing scope, a rate limit). */
  waits: number;
  /** When the change was stored: nothing it posts can be older. */
  createdAt: Date;
}

/**
 * Takes the items that are due, oldest first, and holds them for `leaseMs`, so another process
 * on the same database leaves them alone; an item whose holder died is taken again after that.
 * An item identical to one held by any process (the same effect for the same ids, e.g. one
 * trainee's confirmation requests) waits until that one is done, so two processes never post
 * the same trainee's confirmation DMs side by side. Claims run one at a time across processes
 * (SQLite: one statement; PostgreSQL: a transaction and `FOR UPDATE SKIP LOCKED`) and hold no
 * lock while delivering. The attempt is counted as it is taken, so after a crash mid-delivery
 * the next attempt knows an earlier one may have reached Slack. An item whose payload no longer
 * reads as an effect is set aside as failed. Times are the wall clock's, not `ctx.now`: they
 * pace calls to Slack.
 */
export async function claimOutboxItems(
  ctx: ServiceContext,
  { limit, leaseMs }: { limit: number; leaseMs: number },
): Promise<OutboxItemToDeliver[]> {
  const now = new Date();
  const leasedUntil = new Date(now.getTime() + leaseMs);
  const postgres = providerOf(ctx.db) === "postgresql";
  const skipLocked = postgres ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
  // Written into the statement: SQLite took about 80 µs more per claim with the limit bound.
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`bad claim limit ${limit}`);
  const batch = Prisma.raw(String(limit));
  // Besides the items due, their twins not yet due (a burst's later refreshes and redraws): the
  // delivery draws from the data as it stands after this claim, so one call covers them all.
  // The update's outer condition names the pending items, so SQLite searches them by index: an
  // OR at the top cost about 0.3 ms of CPU per claim, whatever the table's size.
  const claim = (on: Sql) =>
    on.$queryRaw<
      {
        id: number | bigint;
        payload: string;
        attempts: number | bigint;
        waits: number | bigint;
        createdAt: Date | string;
      }[]
    >`
      WITH "due" AS (
        SELECT "d"."id", "d"."payload" FROM "outbox" AS "d"
        WHERE "d"."delivered_at" IS NULL AND "d"."failed_at" IS NULL AND "d"."due_at" <= ${now}
          AND ("d"."leased_until" IS NULL OR "d"."leased_until" < ${now})
          AND NOT EXISTS (
            SELECT 1 FROM "outbox" AS "held"
            WHERE "held"."payload" = "d"."payload" AND "held"."leased_until" >= ${now}
              AND "held"."delivered_at" IS NULL AND "held"."failed_at" IS NULL
          )
        ORDER BY "d"."id" LIMIT ${batch} ${skipLocked}
      )
      UPDATE "outbox" SET "leased_until" = ${leasedUntil}, "attempts" = "attempts" + 1
      WHERE "delivered_at" IS NULL AND "failed_at" IS NULL
        AND ("id" IN (SELECT "id" FROM "due")
          OR ("effect" IN (${Prisma.join(COALESCED)})
            AND ("leased_until" IS NULL OR "leased_until" < ${now})
            AND "payload" IN (SELECT "payload" FROM "due")))
      RETURNING "id", "payload", "attempts", "waits", "created_at" AS "createdAt"`;
  // SQLite runs one statement at a time already; PostgreSQL's claims queue on the transaction lock.
  const rows = postgres ? await ctx.db.$transaction((tx) => claim(tx)) : await claim(sqlOf(ctx.db));
  const items: OutboxItemToDeliver[] = [];
  const unreadable: number[] = [];
  for (const row of rows) {
    const effect = effectSchema.safeParse(JSON.parse(row.payload));
    const id = Number(row.id);
    // Counted when taken, so an attempt cut short by a crash still counts as one.
    const before = Number(row.attempts) - 1;
    const waits = Number(row.waits);
    const createdAt = new Date(row.createdAt);
    if (effect.success) items.push({ id, effect: effect.data, attempts: before, waits, createdAt });
    else unreadable.push(id);
  }
  if (unreadable.length > 0) {
    await ctx.db.outboxItem.updateMany({
      where: { id: { in: unreadable } },
      data: { failedAt: now, lastError: "unreadable_payload" },
    });
  }
  return items.sort((a, b) => a.id - b.id);
}

/** When the next undelivered item falls due, or null when nothing waits. One raw statement. */
export async function nextOutboxDue(ctx: ServiceContext): Promise<Date | null> {
  const [next] = await sqlOf(ctx.db).$queryRaw<
    { dueAt: Date | string; leasedUntil: Date | string | null }[]
  >`
    SELECT "due_at" AS "dueAt", "leased_until" AS "leasedUntil" FROM "outbox"
    WHERE "delivered_at" IS NULL AND "failed_at" IS NULL
    ORDER BY "due_at" LIMIT 1`;
  if (!next) return null;
  const dueAt = new Date(next.dueAt);
  const leasedUntil = next.leasedUntil === null ? null : new Date(next.leasedUntil);
  return leasedUntil && leasedUntil > dueAt ? leasedUntil : dueAt;
}
