import { describe, expect, it } from "vitest";
import { NOT_YOUR_SESSION } from "../../../src/services/confirmations/check-entry-decider.ts";
import { decideEntries, decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { resubmitEntry } from "../../../src/services/entries/resubmit-entry.ts";

import {
  actorFor,
  contextFor,
  logColed,
  PEOPLE,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed, brown, stranger } = PEOPLE;

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
});

const coledWith = (counterpart: typeof ahmed, occurredOn?: string) =>
  logColed(world.ctx, trainee, counterpart, { occurredOn });

describe("decideEntry", () => {
  it("lets the accredited co-leader confirm, recording who and when", async () => {
    const entry = await coledWith(ahmed);
    const later = contextFor(world.db, new Date("2026-11-27T09:00:00Z"));
    const result = await decideEntry(later, ahmed, {
      entryId: entry.id,
      version: 1,
      decision: "confirm",
    });
    expect(result.changed).toBe(true);
    expect(result.entry).toMatchObject({ state: "confirmed", queryReason: null });
    expect(result.entry.decidedBy?.slackUserId).toBe("UAHMED");
    expect(result.entry.decidedAt).toEqual(later.now);
    const audit = await world.db.auditLog.findFirstOrThrow({
      where: { action: "entry.confirmed" },
    });
    expect(audit).toMatchObject({
      actorId: result.entry.decidedBy?.id,
      subjectId: entry.id,
      at: later.now,
    });
  });

  it("queries with a reason", async () => {
    const entry = await coledWith(ahmed);
    const result = await decideEntry(world.ctx, ahmed, {
      entryId: entry.id,
      version: 1,
      decision: "query",
      reason: "  I think that was the 13th, not the 20th.  ",
    });
    expect(result.entry).toMatchObject({
      state: "queried",
      queryReason: "I think that was the 13th, not the 20th.",
    });
  });

  it("refuses a query without a reason, writing nothing", async () => {
    const entry = await coledWith(ahmed);
    const before = await rowCounts(world.db);
    const message = await rejectionOf(
      decideEntry(world.ctx, ahmed, {
        entryId: entry.id,
        version: 1,
        decision: "query",
        reason: " no",
      }),
      "INVALID_INPUT",
    );
    expect(message).toMatch(/3 to 500 characters/);
    expect(await rowCounts(world.db)).toEqual(before);
    expect(
      (await world.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } })).state,
    ).toBe("claimed");
  });

  it("treats confirming twice as a no-op", async () => {
    const entry = await coledWith(ahmed);
    await decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" });
    const auditBefore = await world.db.auditLog.count();
    const again = await decideEntry(world.ctx, ahmed, {
      entryId: entry.id,
      version: 1,
      decision: "confirm",
    });
    expect(again.changed).toBe(false);
    expect(again.entry.state).toBe("confirmed");
    expect(await world.db.auditLog.count()).toBe(auditBefore);
  });

  it("reports the earlier decision when a later one conflicts", async () => {
    const entry = await coledWith(ahmed);
    await decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" });
    const query = await decideEntry(world.ctx, ahmed, {
      entryId: entry.id,
      version: 1,
      decision: "query",
      reason: "On second thoughts…",
    });
    expect(query.changed).toBe(false);
    expect(query.entry).toMatchObject({ state: "confirmed", queryReason: null });
    expect(query.entry.decidedBy?.slackUserId).toBe("UAHMED");
  });

  it("makes one decision out of two racing confirms", async () => {
    const entry = await coledWith(ahmed);
    const results = await Promise.all([
      decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" }),
      decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" }),
    ]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    expect(await world.db.auditLog.count({ where: { action: "entry.confirmed" } })).toBe(1);
  });

  it("makes one decision out of a racing confirm and query", async () => {
    const entry = await coledWith(ahmed);
    const results = await Promise.all([
      decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" }),
      decideEntry(world.ctx, ahmed, {
        entryId: entry.id,
        version: 1,
        decision: "query",
        reason: "Which group?",
      }),
    ]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    const final = await world.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(results.every((r) => r.entry.state === final.state)).toBe(true);
  });

  it("refuses the trainee, and anyone but the confirmer, writing nothing", async () => {
    const entry = await coledWith(ahmed);
    const before = await rowCounts(world.db);
    expect(
      await rejectionOf(
        decideEntry(world.ctx, trainee, { entryId: entry.id, version: 1, decision: "confirm" }),
        "FORBIDDEN",
      ),
    ).toBe("You can't confirm or query your own sessions.");
    expect(
      await rejectionOf(
        decideEntry(world.ctx, stranger, { entryId: entry.id, version: 1, decision: "confirm" }),
        "FORBIDDEN",
      ),
    ).toBe(NOT_YOUR_SESSION);
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("lets the supervisor, and not the unaccredited co-leader, confirm", async () => {
    await seedLeader(world.ctx, brown, "2010-01-01");
    await seedSupervision(world.ctx, trainee, brown);
    const colleague = actorFor("UCOLLEAGUE");
    const entry = await coledWith(colleague);
    expect(
      await rejectionOf(
        decideEntry(world.ctx, colleague, { entryId: entry.id, version: 1, decision: "confirm" }),
        "FORBIDDEN",
      ),
    ).toBe(NOT_YOUR_SESSION);
    const result = await decideEntry(world.ctx, brown, {
      entryId: entry.id,
      version: 1,
      decision: "confirm",
    });
    expect(result.changed).toBe(true);
    const audit = await world.db.auditLog.findFirstOrThrow({
      where: { action: "entry.confirmed" },
    });
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({ supervisorInstead: true });
  });

  it("refuses everyone while nobody can confirm", async () => {
    const entry = await coledWith(actorFor("UCOLLEAGUE"));
    expect(
      await rejectionOf(
        decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" }),
        "FORBIDDEN",
      ),
    ).toBe(NOT_YOUR_SESSION);
  });

  it("refuses an entry that does not exist in the same words as anyone else's", async () => {
    expect(
      await rejectionOf(
        decideEntry(world.ctx, ahmed, { entryId: 999, version: 1, decision: "confirm" }),
        "FORBIDDEN",
      ),
    ).toBe(NOT_YOUR_SESSION);
  });
});

describe("decideEntries", () => {
  it("confirms several entries at once, one audit row each", async () => {
    const first = await coledWith(ahmed, "2026-11-13");
    const second = await coledWith(ahmed, "2026-11-20");
    const results = await decideEntries(world.ctx, ahmed, {
      entries: [first, second, first].map(({ id }) => ({ id, version: 1 })),
      decision: "confirm",
    });
    expect(results.map((r) => [r.entry.id, r.changed])).toEqual([
      [first.id, true],
      [second.id, true],
    ]);
    expect(await world.db.auditLog.count({ where: { action: "entry.confirmed" } })).toBe(2);
  });

  it("decides none when one of them is not the actor's to decide", async () => {
    const mine = await coledWith(ahmed);
    await seedLeader(world.ctx, brown, "2010-01-01");
    const notMine = await coledWith(brown);
    const before = await rowCounts(world.db);
    await rejectionOf(
      decideEntries(world.ctx, ahmed, {
        entries: [mine, notMine].map(({ id }) => ({ id, version: 1 })),
        decision: "confirm",
      }),
      "FORBIDDEN",
    );
    expect(await rowCounts(world.db)).toEqual(before);
    const states = await world.db.activityEntry.findMany({ select: { state: true } });
    expect(states.every((s) => s.state === "claimed")).toBe(true);
  });

  it("refuses an empty list", async () => {
    expect(
      await rejectionOf(
        decideEntries(world.ctx, ahmed, { entries: [], decision: "confirm" }),
        "INVALID_INPUT",
      ),
    ).toBe("Choose at least one session.");
  });
});

describe("deciding the version the confirmer was shown", () => {
  /** Logged with 1 session, queried, then corrected by the trainee to 20: version 2. */
  async function corrected() {
    const entry = await coledWith(ahmed, "2026-11-13");
    await decideEntry(world.ctx, ahmed, {
      entryId: entry.id,
      version: 1,
      decision: "query",
      reason: "Which date was it?",
    });
    await resubmitEntry(world.ctx, trainee, {
      entryId: entry.id,
      kind: "coled",
      occurredOn: "2026-11-13",
      count: 20,
      counterpart: ahmed,
    });
    return entry;
  }

  it("a correction moves the version; a decision on the version before changes nothing", async () => {
    const entry = await corrected();
    const before = await rowCounts(world.db);
    const result = await decideEntry(world.ctx, ahmed, {
      entryId: entry.id,
      version: 1,
      decision: "confirm",
    });
    expect(result).toMatchObject({ changed: false, corrected: true });
    expect(result.entry).toMatchObject({ state: "claimed", count: 20, version: 2 });
    expect(await rowCounts(world.db)).toEqual(before);

    const now = await decideEntry(world.ctx, ahmed, {
      entryId: entry.id,
      version: 2,
      decision: "confirm",
    });
    expect(now).toMatchObject({ changed: true, corrected: false });
    expect(now.entry).toMatchObject({ state: "confirmed", count: 20 });
  });

  it("decides none of several when one was corrected since shown", async () => {
    const fresh = await coledWith(ahmed, "2026-11-20");
    const changed = await corrected();
    const before = await rowCounts(world.db);
    const results = await decideEntries(world.ctx, ahmed, {
      entries: [
        { id: fresh.id, version: 1 },
        { id: changed.id, version: 1 },
      ],
      decision: "confirm",
    });
    expect(results.map((r) => [r.entry.id, r.changed, r.corrected])).toEqual([
      [fresh.id, false, false],
      [changed.id, false, true],
    ]);
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("authorizes before it tells anyone that a session was corrected", async () => {
    const entry = await corrected();
    expect(
      await rejectionOf(
        decideEntry(world.ctx, stranger, { entryId: entry.id, version: 1, decision: "confirm" }),
        "FORBIDDEN",
      ),
    ).toBe(NOT_YOUR_SESSION);
  });
});
