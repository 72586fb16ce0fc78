import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/client.ts";
import { recordEffects } from "../../../src/db/outbox.ts";
import {
  claimOutboxItems,
  nextOutboxDue,
} from "../../../src/services/delivery/claim-outbox-items.ts";
import { markOutboxDelivered } from "../../../src/services/delivery/settle-outbox-item.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import { testKeyring } from "../../support/keys.ts";
import { contextFor } from "../../support/services.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.close();
});

const LEASE = { limit: 5, leaseMs: 30_000 };

describe("claiming outbox items", () => {
  it("gives each item to one of two processes claiming side by side", async () => {
    current = await createTestDatabase();
    const { db } = current;
    await recordEffects(
      db,
      // Confirmation requests: always kept (a Home refresh is kept only for a Home in view).
      Array.from(
        { length: 40 },
        (_, i) => ({ type: "confirmations.request", traineeId: i + 1 }) as const,
      ),
    );
    await db.outboxItem.updateMany({ data: { dueAt: new Date(Date.now() - 1_000) } });
    const second = await openDatabase(current.url, testKeyring);
    try {
      const claimed: number[] = [];
      const claimAll = async (from: typeof db) => {
        for (;;) {
          const items = await claimOutboxItems(contextFor(from), LEASE);
          if (items.length === 0) return;
          claimed.push(...items.map((item) => item.id));
        }
      };
      await Promise.all([claimAll(db), claimAll(second)]);
      expect(claimed).toHaveLength(40);
      expect(new Set(claimed).size).toBe(40);
    } finally {
      await second.$disconnect();
    }
  });

  it("holds back an item identical to one being delivered, until that one is done", async () => {
    current = await createTestDatabase();
    const { db } = current;
    const request = { type: "confirmations.request", traineeId: 7 } as const;
    await recordEffects(db, [request]);
    const [first] = await claimOutboxItems(contextFor(db), LEASE);
    expect(first?.effect).toEqual(request);
    await recordEffects(db, [request, { type: "confirmations.request", traineeId: 8 }]);
    const meanwhile = await claimOutboxItems(contextFor(db), LEASE);
    expect(meanwhile.map((item) => item.effect)).toEqual([
      { type: "confirmations.request", traineeId: 8 },
    ]);
    await db.outboxItem.update({ where: { id: first?.id }, data: { deliveredAt: new Date() } });
    const after = await claimOutboxItems(contextFor(db), LEASE);
    expect(after.map((item) => item.effect)).toEqual([request]);
  });
});

describe("settling outbox items", () => {
  it("tells when the next item falls due, and forgets delivered items", async () => {
    current = await createTestDatabase();
    const { db } = current;
    const ctx = contextFor(db);
    expect(await nextOutboxDue(ctx)).toBeNull();
    await recordEffects(db, [{ type: "confirmations.request", traineeId: 7 }]);
    const [item] = await db.outboxItem.findMany();
    expect(await nextOutboxDue(ctx)).toEqual(item?.dueAt);
    const [claimed] = await claimOutboxItems(ctx, LEASE);
    const leased = await db.outboxItem.findUniqueOrThrow({ where: { id: claimed?.id } });
    expect(await nextOutboxDue(ctx)).toEqual(leased.leasedUntil);
    await markOutboxDelivered(ctx, [leased.id]);
    expect(await nextOutboxDue(ctx)).toBeNull();
    const delivered = await db.outboxItem.findUniqueOrThrow({ where: { id: leased.id } });
    expect(delivered.leasedUntil).toBeNull();
    expect(delivered.deliveredAt?.getTime()).toBeGreaterThanOrEqual(leased.createdAt.getTime());
  });
});
