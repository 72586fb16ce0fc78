import { afterEach, describe, expect, it } from "vitest";
import { HOME_IN_VIEW_MS } from "../../src/db/home-views.ts";
import { effectsRecordedSoFar, recordEffects } from "../../src/db/outbox.ts";
import { claimOutboxItems } from "../../src/services/delivery/claim-outbox-items.ts";
import { recordHomeOpened } from "../../src/services/delivery/record-home-opened.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.close();
});

async function people() {
  current = await createTestDatabase();
  const { db } = current;
  const person = (userId: string) =>
    db.person.create({ data: { slackTeamId: "T1", slackUserId: userId } });
  return { db, looking: await person("ULOOK"), away: await person("UAWAY") };
}

const pending = async (db: TestDatabase["db"]) =>
  (await db.outboxItem.findMany({ orderBy: { id: "asc" } })).map((item) =>
    JSON.parse(item.payload),
  );

describe("recording effects", () => {
  it("re-publishes a Home only for people who opened it lately; the rest see it at their next open", async () => {
    const { db, looking, away } = await people();
    await recordHomeOpened(
      { db, now: new Date(), timeZone: "Europe/London" },
      {
        teamId: "T1",
        userId: "ULOOK",
      },
    );
    await db.person.update({
      where: { id: away.id },
      data: { homeOpenedAt: new Date(Date.now() - HOME_IN_VIEW_MS - 1_000) },
    });
    await recordEffects(db, [
      { type: "home.refresh", personId: looking.id },
      { type: "home.refresh", personId: away.id },
      { type: "profile.saved", personId: away.id },
    ]);
    expect(await pending(db)).toEqual([
      { type: "home.refresh", personId: looking.id },
      { type: "profile.saved", personId: away.id },
    ]);
  });

  it("stores nothing, and says so, when nobody needs telling", async () => {
    const { db, away } = await people();
    const before = effectsRecordedSoFar();
    await recordEffects(db, [{ type: "home.refresh", personId: away.id }]);
    expect(await pending(db)).toEqual([]);
    expect(effectsRecordedSoFar()).toBe(before);
    await recordEffects(db, [{ type: "profile.saved", personId: away.id }]);
    expect(effectsRecordedSoFar()).toBe(before + 1);
  });
});

describe("claiming the outbox", () => {
  it("takes a due refresh with its twins not yet due, and nothing else early", async () => {
    const { db, looking, away } = await people();
    await db.person.updateMany({ data: { homeOpenedAt: new Date() } });
    const later = new Date(Date.now() + 60_000);
    const item = (effect: { type: string; personId: number }, dueAt: Date) =>
      db.outboxItem.create({
        data: { effect: effect.type, payload: JSON.stringify(effect), dueAt },
      });
    const due = await item({ type: "home.refresh", personId: looking.id }, new Date());
    const twin = await item({ type: "home.refresh", personId: looking.id }, later);
    await item({ type: "home.refresh", personId: away.id }, later);
    await item({ type: "profile.saved", personId: looking.id }, later);
    const ctx = { db, now: new Date(), timeZone: "Europe/London" };
    const claimed = await claimOutboxItems(ctx, { limit: 20, leaseMs: 30_000 });
    expect(claimed.map((taken) => taken.id)).toEqual([due.id, twin.id]);
    expect(await claimOutboxItems(ctx, { limit: 20, leaseMs: 30_000 })).toEqual([]);
  });
});

describe("the connection", () => {
  it("reuses prepared statements with fresh parameters each time", async () => {
    const { db, looking, away } = await people();
    for (const person of [looking, away, looking]) {
      const found = await db.person.findUnique({ where: { id: person.id } });
      expect(found?.slackUserId).toBe(person.slackUserId);
    }
    const counted = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "people"`;
    expect(Number(counted[0]?.n)).toBe(2);
  });
});
