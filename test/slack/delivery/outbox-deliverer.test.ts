import type { Logger } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/client.ts";
import { recordEffects } from "../../../src/db/outbox.ts";
import type { Effect } from "../../../src/domain/effects.ts";
import { claimOutboxItems } from "../../../src/services/delivery/claim-outbox-items.ts";
import {
  type DeliveryPolicy,
  startOutboxDeliverer,
} from "../../../src/slack/delivery/outbox-deliverer.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import { contextFor } from "../../support/services.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const quiet = { debug() {}, info() {}, warn() {}, error() {} } as unknown as Logger;
/** Polls far apart, so that whatever is delivered sooner was delivered without waiting for one. */
const POLICY: DeliveryPolicy = {
  pollMs: 60_000,
  leaseMs: 30_000,
  firstBackoffMs: 10,
  maxBackoffMs: 100,
  maxAttempts: 5,
  requestTimeoutMs: 1_000,
};
/** What Slack answers a request it will never take. */
const refused = { code: "slack_webapi_platform_error", data: { error: "invalid_blocks" } };

/** Runs a deliverer until nothing is due; what it delivered, Slack refusing what `refuses` says. */
async function deliverUntilIdle(db: Database, refuses: (effect: Effect) => boolean) {
  const delivered: Effect["type"][] = [];
  const deliverer = startOutboxDeliverer(
    {
      context: () => contextFor(db),
      logger: quiet,
      deliver: async (effect) => {
        delivered.push(effect.type);
        if (refuses(effect)) throw refused;
      },
    },
    POLICY,
  );
  await deliverer.idle(1_000);
  await deliverer.stop();
  return delivered;
}

describe("the outbox's deliverer", () => {
  it("gives up identical items together, tells the admins once, and at once", async () => {
    current = await createTestDatabase();
    const { db } = current;
    const request = { type: "confirmations.request", traineeId: 7 } as const;
    await recordEffects(db, [request, request, request]);
    // Another process holds an unrelated item: the next item due is not the one to wait for.
    await recordEffects(db, [{ type: "confirmations.request", traineeId: 8 }]);
    await db.outboxItem.updateMany({
      where: { payload: { contains: '"traineeId":8' } },
      data: { leasedUntil: new Date(Date.now() + 60_000), dueAt: new Date(Date.now() - 60_000) },
    });

    const delivered = await deliverUntilIdle(db, (effect) => effect.type !== "delivery.failed");

    expect(delivered).toEqual(["confirmations.request", "delivery.failed"]);
    const items = await db.outboxItem.findMany({ orderBy: { id: "asc" } });
    expect(items.map((item) => [item.effect, Boolean(item.failedAt), item.lastError])).toEqual([
      ["confirmations.request", true, "invalid_blocks"],
      ["confirmations.request", true, "invalid_blocks"],
      ["confirmations.request", true, "invalid_blocks"],
      ["confirmations.request", false, null],
      ["delivery.failed", false, null],
    ]);
    expect(items[4]?.deliveredAt).not.toBeNull();
  });

  it("leaves an item held by another process to it", async () => {
    current = await createTestDatabase();
    const { db } = current;
    await recordEffects(db, [{ type: "confirmations.request", traineeId: 8 }]);
    await claimOutboxItems(contextFor(db), { limit: 20, leaseMs: 60_000 });
    const delivered = await deliverUntilIdle(db, () => false);
    expect(delivered).toEqual([]);
  });
});
