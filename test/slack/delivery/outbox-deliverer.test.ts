import type { Logger } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/client.ts";
import { recordEffects } from "../../../src/db/outbox.ts";
import type { Effect } from "../../../src/domain/effects.ts";
import { createLogger } from "../../../src/logger.ts";
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
/** What Slack answers every call while it refuses the bot's token. */
const tokenRefused = { code: "slack_webapi_platform_error", data: { error: "invalid_auth" } };
/** A 429 that says to come back at once: the backoff paces it. */
const rateLimited = { code: "slack_webapi_rate_limited_error", retryAfter: 0 };

/**
 * Runs a deliverer until nothing is due; what it delivered. `refuse` is asked before each
 * delivery, with how many times that kind of effect was tried before, and returns what Slack
 * answers instead of taking it (nothing: it takes it).
 */
async function deliverUntilIdle(
  db: Database,
  refuse: (effect: Effect, triedBefore: number) => unknown,
  logger: Logger = quiet,
) {
  const delivered: Effect["type"][] = [];
  const deliverer = startOutboxDeliverer(
    {
      context: () => contextFor(db),
      logger,
      deliver: async (effect) => {
        const failure = refuse(effect, delivered.filter((type) => type === effect.type).length);
        delivered.push(effect.type);
        if (failure) throw failure;
      },
    },
    POLICY,
  );
  await deliverer.idle(1_000);
  await deliverer.stop();
  return delivered;
}

/** Times each kind of effect was tried, and whether every item was delivered. */
async function outcome(db: Database, delivered: Effect["type"][]) {
  const items = await db.outboxItem.findMany({ orderBy: { id: "asc" } });
  return {
    tries: Object.fromEntries(
      [...new Set(delivered)].map((type) => [type, delivered.filter((t) => t === type).length]),
    ),
    items: items.map((item) => [item.effect, Boolean(item.deliveredAt), Boolean(item.failedAt)]),
  };
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

    const delivered = await deliverUntilIdle(db, (effect) =>
      effect.type === "delivery.failed" ? undefined : refused,
    );

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
    const delivered = await deliverUntilIdle(db, () => undefined);
    expect(delivered).toEqual([]);
  });

  it("waits for a refused token to be fixed, past every attempt, and logs why", async () => {
    current = await createTestDatabase();
    const { db } = current;
    await recordEffects(db, [{ type: "request.show", id: 3 }]);
    const lines: string[] = [];
    const refusals = POLICY.maxAttempts + 2;

    const delivered = await deliverUntilIdle(
      db,
      (_, triedBefore) => (triedBefore < refusals ? tokenRefused : undefined),
      createLogger("info", (line) => lines.push(line)),
    );

    expect(await outcome(db, delivered)).toEqual({
      tries: { "request.show": refusals + 1 },
      items: [["request.show", true, false]],
    });
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged).toHaveLength(refusals);
    expect(logged[0]).toMatchObject({
      level: "error",
      msg: "Slack refused the bot's token or scopes; will retry until an operator fixes them",
      data: { code: "invalid_auth", attempt: 1 },
    });
  });

  it("never gives up the admins' notice while the token is refused", async () => {
    current = await createTestDatabase();
    const { db } = current;
    await recordEffects(db, [{ type: "request.show", id: 3 }]);
    const refusals = POLICY.maxAttempts + 2;

    const delivered = await deliverUntilIdle(db, (effect, triedBefore) => {
      if (effect.type === "request.show") return refused;
      return triedBefore < refusals ? tokenRefused : undefined;
    });

    expect(await outcome(db, delivered)).toEqual({
      tries: { "request.show": 1, "delivery.failed": refusals + 1 },
      items: [
        ["request.show", false, true],
        ["delivery.failed", true, false],
      ],
    });
  });

  it("counts only real failures toward giving up, after a long wait for a token", async () => {
    current = await createTestDatabase();
    const { db } = current;
    await recordEffects(db, [{ type: "request.show", id: 3 }]);
    const refusals = POLICY.maxAttempts + 2;
    const outages = POLICY.maxAttempts - 1;
    const slackDown = { code: "slack_webapi_platform_error", data: { error: "internal_error" } };

    const delivered = await deliverUntilIdle(db, (_, triedBefore) => {
      if (triedBefore < refusals) return tokenRefused;
      return triedBefore < refusals + outages ? slackDown : undefined;
    });

    expect(await outcome(db, delivered)).toEqual({
      tries: { "request.show": refusals + outages + 1 },
      items: [["request.show", true, false]],
    });
  });

  it("does not give up on rate limits, however many come in a row", async () => {
    current = await createTestDatabase();
    const { db } = current;
    await recordEffects(db, [{ type: "request.show", id: 3 }]);
    const limits = POLICY.maxAttempts + 2;

    const delivered = await deliverUntilIdle(db, (_, triedBefore) =>
      triedBefore < limits ? rateLimited : undefined,
    );

    expect(await outcome(db, delivered)).toEqual({
      tries: { "request.show": limits + 1 },
      items: [["request.show", true, false]],
    });
  });
});
