import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ServiceContext } from "../../src/services/context.ts";
import { decideEntry } from "../../src/services/decide-entry.ts";
import { listEntries } from "../../src/services/list-entries.ts";
import { logEntry } from "../../src/services/log-entry.ts";
import { resubmitEntry } from "../../src/services/resubmit-entry.ts";
import { withdrawEntry } from "../../src/services/withdraw-entry.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  actorFor,
  contextFor,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
} from "../support/services.ts";

let database: TestDatabase;
let ctx: ServiceContext;
const trainee = actorFor("UTRAINEE");
const ahmed = actorFor("UAHMED", { name: "Dr Ahmed" });
const brown = actorFor("UBROWN", { name: "Dr Brown" });

beforeEach(async () => {
  database = await createTestDatabase();
  ctx = contextFor(database.db);
  await seedLeader(ctx, ahmed, "2015-05-01");
});
afterEach(async () => {
  await database.close();
});

async function claimed() {
  const { entry } = await logEntry(ctx, trainee, {
    kind: "coled",
    occurredOn: "2026-11-20",
    counterpart: refTo(ahmed),
    note: "first go",
  });
  return entry;
}

async function queried() {
  const entry = await claimed();
  await decideEntry(ctx, ahmed, {
    entryId: entry.id,
    decision: "query",
    reason: "Was it two sessions?",
  });
  return entry;
}

describe("withdrawEntry", () => {
  it("withdraws a claimed entry, and a second withdrawal changes nothing", async () => {
    const entry = await claimed();
    const first = await withdrawEntry(ctx, trainee, { entryId: entry.id });
    expect(first).toMatchObject({ changed: true, entry: { state: "withdrawn" } });
    const second = await withdrawEntry(ctx, trainee, { entryId: entry.id });
    expect(second.changed).toBe(false);
    expect(await database.db.auditLog.count({ where: { action: "entry.withdrawn" } })).toBe(1);
  });

  it("withdraws a queried entry", async () => {
    const entry = await queried();
    expect((await withdrawEntry(ctx, trainee, { entryId: entry.id })).entry.state).toBe(
      "withdrawn",
    );
  });

  it("refuses a confirmed entry, and anyone but the trainee, writing nothing", async () => {
    const entry = await claimed();
    await decideEntry(ctx, ahmed, { entryId: entry.id, decision: "confirm" });
    const before = await rowCounts(database.db);
    expect(
      await rejectionOf(withdrawEntry(ctx, trainee, { entryId: entry.id }), "ALREADY_DECIDED"),
    ).toMatch(/already confirmed, so it can't be withdrawn/);
    expect(await rejectionOf(withdrawEntry(ctx, ahmed, { entryId: entry.id }), "FORBIDDEN")).toBe(
      "Only the trainee who logged a session can withdraw it.",
    );
    expect(await rowCounts(database.db)).toEqual(before);
  });
});

describe("resubmitEntry", () => {
  it("puts a corrected queried entry back to claimed, clearing the query", async () => {
    const entry = await queried();
    const result = await resubmitEntry(ctx, trainee, {
      entryId: entry.id,
      kind: "coled",
      occurredOn: "2026-11-20",
      count: 2,
      counterpart: refTo(ahmed),
      note: "two sessions that day",
    });
    expect(result.entry).toMatchObject({
      id: entry.id,
      state: "claimed",
      count: 2,
      queryReason: null,
      decidedById: null,
      decidedAt: null,
      note: "two sessions that day",
    });
    expect(result.confirmer?.slackUserId).toBe("UAHMED");
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "entry.resubmitted" },
    });
    expect(audit.details).not.toContain("two sessions that day");
  });

  it("uses the active supervisor when the correction names nobody", async () => {
    await seedLeader(ctx, brown, "2010-01-01");
    await seedSupervision(ctx, trainee, brown);
    const entry = await queried();
    const result = await resubmitEntry(ctx, trainee, {
      entryId: entry.id,
      kind: "led_supervised",
      occurredOn: "2026-11-19",
    });
    expect(result.entry.counterpartId).toBe(result.confirmer?.id);
    expect(result.confirmer?.slackUserId).toBe("UBROWN");
  });

  it("validates the correction like a new entry, writing nothing", async () => {
    const entry = await queried();
    const before = await rowCounts(database.db);
    const fields = { entryId: entry.id, kind: "coled" as const, counterpart: refTo(ahmed) };
    expect(
      await rejectionOf(
        resubmitEntry(ctx, trainee, { ...fields, occurredOn: "2027-01-01" }),
        "INVALID_INPUT",
      ),
    ).toMatch(/in the future/);
    expect(
      await rejectionOf(
        resubmitEntry(ctx, trainee, { ...fields, occurredOn: "2026-11-20", count: 51 }),
        "INVALID_INPUT",
      ),
    ).toMatch(/at most 50/);
    expect(
      await rejectionOf(
        resubmitEntry(ctx, trainee, {
          ...fields,
          occurredOn: "2026-11-20",
          counterpart: refTo(trainee),
        }),
        "INVALID_INPUT",
      ),
    ).toMatch(/can't confirm your own sessions/);
    expect(await rowCounts(database.db)).toEqual(before);
    const unchanged = await database.db.activityEntry.findUniqueOrThrow({
      where: { id: entry.id },
    });
    expect(unchanged).toMatchObject({ state: "queried", note: "first go" });
  });

  it("refuses an entry that is not queried, and another person's entry", async () => {
    const entry = await claimed();
    const input = {
      entryId: entry.id,
      kind: "coled" as const,
      occurredOn: "2026-11-20",
      counterpart: refTo(ahmed),
    };
    expect(await rejectionOf(resubmitEntry(ctx, trainee, input), "CONFLICT")).toMatch(
      /still waiting for confirmation/,
    );
    expect(
      await rejectionOf(
        resubmitEntry(ctx, ahmed, { ...input, counterpart: refTo(brown) }),
        "FORBIDDEN",
      ),
    ).toBe("Only the trainee who logged a session can correct it.");
  });
});

describe("listEntries", () => {
  it("lists the trainee's entries newest first, with counterpart and state", async () => {
    await logEntry(ctx, trainee, { kind: "group_member", occurredOn: "2026-10-01" });
    await claimed();
    await logEntry(ctx, trainee, { kind: "training_day", occurredOn: "2026-11-01" });
    await logEntry(ctx, actorFor("UOTHER"), { kind: "group_member", occurredOn: "2026-11-25" });

    const { entries } = await listEntries(ctx, trainee);
    expect(entries.map((e) => [e.kind, e.occurredOn, e.state])).toEqual([
      ["coled", "2026-11-20", "claimed"],
      ["training_day", "2026-11-01", "confirmed"],
      ["group_member", "2026-10-01", "confirmed"],
    ]);
    expect(entries[0]?.counterpart?.slackUserId).toBe("UAHMED");
    expect((await listEntries(ctx, trainee, { limit: 2 })).entries).toHaveLength(2);
  });

  it("is empty for someone the bot has not met, and creates nobody", async () => {
    const before = await rowCounts(database.db);
    expect((await listEntries(ctx, actorFor("UNEW"))).entries).toEqual([]);
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("shows a trainee's entries to their supervisor only", async () => {
    await seedLeader(ctx, brown, "2010-01-01");
    await seedSupervision(ctx, trainee, brown);
    await claimed();
    expect((await listEntries(ctx, brown, { trainee: refTo(trainee) })).entries).toHaveLength(1);
    expect(
      await rejectionOf(listEntries(ctx, ahmed, { trainee: refTo(trainee) }), "FORBIDDEN"),
    ).toBe("Only <@UTRAINEE> and their supervisor can see their sessions.");
  });
});
