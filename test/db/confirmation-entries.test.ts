import { afterEach, describe, expect, it } from "vitest";
import {
  confirmationEntryRows,
  decideClaimedEntry,
  pointEntriesAtRequest,
} from "../../src/db/confirmation-entries.ts";
import { ENCRYPTED_PREFIX } from "../../src/db/encryption/keyring.ts";
import { activeSupervisorOf, activeSupervisorsOf } from "../../src/db/leaders.ts";
import { CONFIRMATION_ENTRY_SELECT } from "../../src/services/confirmations/get-confirmation-request.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.close();
});

/** A trainee, a leader with two register periods, a decider, and three entries naming them. */
async function populated() {
  current = await createTestDatabase();
  const { db } = current;
  const person = (userId: string) =>
    db.person.create({ data: { slackTeamId: "T1", slackUserId: userId } });
  const trainee = await person("UTRAINEE");
  const leader = await person("ULEADER");
  const supervisor = await person("USUPER");
  const nobody = await person("UNOBODY");
  await db.accreditedLeader.create({
    data: {
      personId: leader.id,
      accreditedOn: "2015-01-01",
      periods: {
        create: [
          { fromOn: "2015-01-01", toOn: "2020-01-01" },
          { fromOn: "2021-06-01", toOn: null },
        ],
      },
    },
  });
  await db.supervision.create({
    data: { traineeId: trainee.id, supervisorId: nobody.id, state: "ended" },
  });
  await db.supervision.create({
    data: { traineeId: trainee.id, supervisorId: supervisor.id, state: "active" },
  });
  const entry = (data: Record<string, unknown>) =>
    db.activityEntry.create({
      data: {
        traineeId: trainee.id,
        kind: "co_led",
        occurredOn: "2026-11-20",
        state: "claimed",
        ...data,
      },
    });
  const queried = await entry({
    counterpartId: leader.id,
    state: "queried",
    decidedById: leader.id,
    decidedAt: new Date("2026-11-21T09:30:00Z"),
    queryReason: "Which group was this? <b>&amp;",
    note: "private: never read here",
    hours: 1.5,
    requestChannel: "D1",
    requestTs: "1700000000.000100",
  });
  const claimed = await entry({
    occurredOn: "2026-11-19",
    counterpartId: nobody.id,
    count: 3,
    requestChannel: "D1",
    requestTs: "1700000000.000100",
  });
  const alone = await entry({ kind: "group_member", occurredOn: "2026-11-22", state: "counted" });
  return { db, trainee, supervisor, ids: [queried.id, claimed.id, alone.id] };
}

describe("confirmation entries read in raw SQL", () => {
  it("are what Prisma reads: people, register periods, decider, and the query reason decrypted", async () => {
    const { db, ids } = await populated();
    const byPrisma = await db.activityEntry.findMany({
      where: { id: { in: ids } },
      orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      select: CONFIRMATION_ENTRY_SELECT,
    });
    const raw = await confirmationEntryRows(db, { entryIds: ids });

    expect(raw).toEqual(byPrisma);
    expect(raw.map((row) => row.queryReason)).toContain("Which group was this? <b>&amp;");
    expect(JSON.stringify(raw)).not.toContain("private");
  });

  it("find a DM's entries from its channel and ts, and nothing for an empty list", async () => {
    const { db, ids } = await populated();
    const onDm = await confirmationEntryRows(db, {
      message: { channel: "D1", ts: "1700000000.000100" },
    });
    expect(onDm.map((row) => row.id)).toEqual([ids[1], ids[0]]);
    expect(await confirmationEntryRows(db, { entryIds: [] })).toEqual([]);
  });

  it("name each trainee's active supervisor", async () => {
    const { db, trainee, supervisor } = await populated();
    const supervisors = await activeSupervisorsOf(db, [trainee.id, 9_999]);
    expect([...supervisors]).toEqual([[trainee.id, { id: supervisor.id, slackUserId: "USUPER" }]]);
    expect(await activeSupervisorOf(db, trainee.id)).toEqual({
      id: supervisor.id,
      slackUserId: "USUPER",
    });
  });

  it("point claimed entries at a new DM and name the DMs they left, as Prisma's update would", async () => {
    const { db, ids } = await populated();
    const [queried = 0, claimed = 0, alone = 0] = ids;
    const before = await db.activityEntry.findUniqueOrThrow({ where: { id: claimed } });
    const left = await db.$transaction((tx) =>
      pointEntriesAtRequest(tx, ids, { channel: "D2", ts: "1700000001.000200" }),
    );

    expect(left).toEqual({ previous: [{ channel: "D1", ts: "1700000000.000100" }], pointed: 1 });
    const after = await db.activityEntry.findMany({ where: { id: { in: ids } } });
    const at = (id: number) => after.find((row) => row.id === id);
    // Only the claimed entry moves; the queried and counted ones keep their DM (or none).
    expect(at(claimed)).toMatchObject({ requestChannel: "D2", requestTs: "1700000001.000200" });
    expect(at(claimed)?.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    expect(at(queried)).toMatchObject({ requestChannel: "D1", requestTs: "1700000000.000100" });
    expect(at(alone)).toMatchObject({ requestChannel: null, requestTs: null });
    // Pointing again at the same DM names no DM left; an entry no longer claimed is not pointed.
    expect(
      await db.$transaction((tx) =>
        pointEntriesAtRequest(tx, [claimed], { channel: "D2", ts: "1700000001.000200" }),
      ),
    ).toEqual({ previous: [], pointed: 1 });
    expect(
      await db.$transaction((tx) =>
        pointEntriesAtRequest(tx, [queried], { channel: "D3", ts: "1700000002.000300" }),
      ),
    ).toEqual({ previous: [], pointed: 0 });
  });

  it("record a decision on a claimed entry only, its reason encrypted at rest", async () => {
    const { db, supervisor, ids } = await populated();
    const [queried = 0, claimed = 0] = ids;
    const decidedAt = new Date("2026-11-27T09:00:00Z");
    const query = {
      state: "queried" as const,
      decidedById: supervisor.id,
      decidedAt,
      queryReason: "Was this the Tuesday group?",
    };

    expect(
      await db.$transaction((tx) => decideClaimedEntry(tx, { id: claimed, version: 1 }, query)),
    ).toBe(true);
    expect(
      await db.$transaction((tx) => decideClaimedEntry(tx, { id: queried, version: 1 }, query)),
    ).toBe(false);
    const stored = await db.activityEntry.findUniqueOrThrow({ where: { id: claimed } });
    expect(stored).toMatchObject({
      state: "queried",
      decidedById: supervisor.id,
      decidedAt,
      queryReason: "Was this the Tuesday group?",
    });
    const [raw] = await db.$queryRaw<{ reason: string }[]>`
      SELECT "query_reason" AS "reason" FROM "activity_entries" WHERE "id" = ${claimed}`;
    expect(raw?.reason.startsWith(ENCRYPTED_PREFIX)).toBe(true);
    // The entry already answered keeps its answer.
    expect(await db.activityEntry.findUniqueOrThrow({ where: { id: queried } })).toMatchObject({
      queryReason: "Which group was this? <b>&amp;",
    });
  });
});
