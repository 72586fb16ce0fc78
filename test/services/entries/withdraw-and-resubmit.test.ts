import { describe, expect, it } from "vitest";
import { decideEntry } from "../../../src/services/confirmations/decide-entry.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { resubmitEntry } from "../../../src/services/entries/resubmit-entry.ts";
import { withdrawEntry } from "../../../src/services/entries/withdraw-entry.ts";
import {
  logColed,
  PEOPLE,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed, brown } = PEOPLE;

const world = useServiceDatabase(async (ctx) => {
  await seedLeader(ctx, ahmed, "2015-05-01");
});

const claimed = () => logColed(world.ctx, trainee, ahmed, { note: "first go" });

async function queried() {
  const entry = await claimed();
  await decideEntry(world.ctx, ahmed, {
    entryId: entry.id,
    version: 1,
    decision: "query",
    reason: "Was it two sessions?",
  });
  return entry;
}

describe("withdrawEntry", () => {
  it("withdraws a claimed entry, and a second withdrawal changes nothing", async () => {
    const entry = await claimed();
    const first = await withdrawEntry(world.ctx, trainee, { entryId: entry.id });
    expect(first).toMatchObject({ changed: true, entry: { state: "withdrawn" } });
    const second = await withdrawEntry(world.ctx, trainee, { entryId: entry.id });
    expect(second.changed).toBe(false);
    expect(await world.db.auditLog.count({ where: { action: "entry.withdrawn" } })).toBe(1);
  });

  it("withdraws a queried entry", async () => {
    const entry = await queried();
    expect((await withdrawEntry(world.ctx, trainee, { entryId: entry.id })).entry.state).toBe(
      "withdrawn",
    );
  });

  it("withdraws an entry that counts on the trainee's word alone", async () => {
    for (const kind of ["group_member", "weekend_member", "leadership_course"] as const) {
      const { entry } = await logEntry(world.ctx, trainee, { kind, occurredOn: "2026-11-20" });
      expect(entry.state).toBe("confirmed");
      const result = await withdrawEntry(world.ctx, trainee, { entryId: entry.id });
      expect(result).toMatchObject({ changed: true, entry: { state: "withdrawn" } });
    }
    expect(await world.db.auditLog.count({ where: { action: "entry.withdrawn" } })).toBe(3);
  });

  it("refuses a confirmed entry, and anyone but the trainee, writing nothing", async () => {
    const entry = await claimed();
    await decideEntry(world.ctx, ahmed, { entryId: entry.id, version: 1, decision: "confirm" });
    const before = await rowCounts(world.db);
    expect(
      await rejectionOf(
        withdrawEntry(world.ctx, trainee, { entryId: entry.id }),
        "ALREADY_DECIDED",
      ),
    ).toMatch(/already confirmed, so it can't be withdrawn/);
    expect(
      await rejectionOf(withdrawEntry(world.ctx, ahmed, { entryId: entry.id }), "FORBIDDEN"),
    ).toBe("You can't withdraw that session: only the trainee who logged it can.");
    expect(await rejectionOf(withdrawEntry(world.ctx, ahmed, { entryId: 9999 }), "FORBIDDEN")).toBe(
      "You can't withdraw that session: only the trainee who logged it can.",
    );
    expect(await rowCounts(world.db)).toEqual(before);
  });
});

describe("resubmitEntry", () => {
  it("puts a corrected queried entry back to claimed, clearing the query", async () => {
    const entry = await queried();
    const result = await resubmitEntry(world.ctx, trainee, {
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
    const audit = await world.db.auditLog.findFirstOrThrow({
      where: { action: "entry.resubmitted" },
    });
    expect(audit.details).not.toContain("two sessions that day");
  });

  it("uses the active supervisor when the correction names nobody", async () => {
    await seedLeader(world.ctx, brown, "2010-01-01");
    await seedSupervision(world.ctx, trainee, brown);
    const entry = await queried();
    const result = await resubmitEntry(world.ctx, trainee, {
      entryId: entry.id,
      kind: "led_supervised",
      occurredOn: "2026-11-19",
    });
    expect(result.entry.counterpartId).toBe(result.confirmer?.id);
    expect(result.confirmer?.slackUserId).toBe("UBROWN");
  });

  it("validates the correction like a new entry, writing nothing", async () => {
    const entry = await queried();
    const before = await rowCounts(world.db);
    const fields = { entryId: entry.id, kind: "coled" as const, counterpart: refTo(ahmed) };
    expect(
      await rejectionOf(
        resubmitEntry(world.ctx, trainee, { ...fields, occurredOn: "2027-01-01" }),
        "INVALID_INPUT",
      ),
    ).toMatch(/in the future/);
    expect(
      await rejectionOf(
        resubmitEntry(world.ctx, trainee, { ...fields, occurredOn: "2026-11-20", count: 51 }),
        "INVALID_INPUT",
      ),
    ).toMatch(/at most 50/);
    expect(
      await rejectionOf(
        resubmitEntry(world.ctx, trainee, {
          ...fields,
          occurredOn: "2026-11-20",
          counterpart: refTo(trainee),
        }),
        "INVALID_INPUT",
      ),
    ).toMatch(/can't confirm your own sessions/);
    expect(await rowCounts(world.db)).toEqual(before);
    const unchanged = await world.db.activityEntry.findUniqueOrThrow({
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
    expect(await rejectionOf(resubmitEntry(world.ctx, trainee, input), "CONFLICT")).toMatch(
      /still waiting for confirmation/,
    );
    expect(
      await rejectionOf(
        resubmitEntry(world.ctx, ahmed, { ...input, counterpart: refTo(brown) }),
        "FORBIDDEN",
      ),
    ).toBe("You can't correct that session: only the trainee who logged it can.");
  });
});
