import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import {
  finishSlackDelivery,
  forgetSlackDeliveries,
  takeSlackDelivery,
} from "../../src/db/slack-deliveries.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { testKeyring } from "../support/keys.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.close();
});

const AT = new Date("2026-12-02T10:00:00Z");
const later = (ms: number) => new Date(AT.getTime() + ms);

describe("Slack deliveries remembered in the database", () => {
  it("gives a delivery to one of two processes racing for it", async () => {
    current = await createTestDatabase();
    const second = await openDatabase(current.url, testKeyring);
    try {
      const keys = Array.from({ length: 20 }, (_, i) => `event:Ev${i}`);
      const results = await Promise.all(
        keys.flatMap((key) => [
          takeSlackDelivery(current?.db ?? second, key, AT),
          takeSlackDelivery(second, key, AT),
        ]),
      );
      expect(results.filter(Boolean)).toHaveLength(keys.length);
    } finally {
      await second.$disconnect();
    }
  });

  it("drops a repeat while the first is handled and after it finished", async () => {
    current = await createTestDatabase();
    const { db } = current;
    expect(await takeSlackDelivery(db, "trigger:1", AT)).toBe(true);
    expect(await takeSlackDelivery(db, "trigger:1", later(10_000))).toBe(false);
    await finishSlackDelivery(db, "trigger:1", later(1_000));
    expect(await takeSlackDelivery(db, "trigger:1", later(120_000))).toBe(false);
  });

  it("lets a repeat through when the first was taken but never finished (its process died)", async () => {
    current = await createTestDatabase();
    const { db } = current;
    expect(await takeSlackDelivery(db, "event:Ev1", AT)).toBe(true);
    expect(await takeSlackDelivery(db, "event:Ev1", later(10_000))).toBe(false);
    expect(await takeSlackDelivery(db, "event:Ev1", later(31_000))).toBe(true);
    expect(await takeSlackDelivery(db, "event:Ev1", later(32_000))).toBe(false);
  });

  it("forgets deliveries taken before a moment", async () => {
    current = await createTestDatabase();
    const { db } = current;
    await takeSlackDelivery(db, "event:old", AT);
    await takeSlackDelivery(db, "event:new", later(600_000));
    expect(await forgetSlackDeliveries(db, later(1))).toBe(1);
    expect(await takeSlackDelivery(db, "event:old", later(600_001))).toBe(true);
    expect(await takeSlackDelivery(db, "event:new", later(600_001))).toBe(false);
  });

  it("stores its times as Prisma writes them: read back through Prisma, they are the same instants", async () => {
    current = await createTestDatabase();
    const { db } = current;
    await takeSlackDelivery(db, "event:Ev1", AT);
    await finishSlackDelivery(db, "event:Ev1", later(1_500));
    expect(await db.slackDelivery.findUnique({ where: { key: "event:Ev1" } })).toEqual({
      key: "event:Ev1",
      takenAt: AT,
      finishedAt: later(1_500),
    });
    const byPrisma = await db.slackDelivery.count({
      where: { takenAt: AT, finishedAt: { gt: later(1_499), lt: later(1_501) } },
    });
    expect(byPrisma).toBe(1);
  });
});
