import { describe, expect, it } from "vitest";
import { eraseMember } from "../../../src/services/privacy/erase-member.ts";
import { gatherPersonalData } from "../../../src/services/privacy/gather-personal-data.ts";
import { onPostgres } from "../../support/postgres.ts";
import { ADMIN, actorFor, rejectionOf, TEAM, useServiceDatabase } from "../../support/services.ts";
import { OTHERS_TEXT, SAM_TEXT, seedEverything } from "./seed-everything.ts";

const world = useServiceDatabase();
const SAM = actorFor("U0SAM");
const samRef = { person: { teamId: TEAM, userId: "U0SAM" } };

describe("gatherPersonalData", () => {
  it("gathers every kind of record about the person, and nobody else's notes", async () => {
    await seedEverything(world.db);
    const data = await gatherPersonalData(world.ctx, SAM, samRef);
    const text = JSON.stringify(data);
    for (const canary of Object.values(SAM_TEXT)) expect(text).toContain(canary);
    expect(text).not.toContain(OTHERS_TEXT.patNote);
    expect(text).not.toContain(OTHERS_TEXT.samsReportOnPat);
    expect(data.confirmationsGiven).toMatchObject([{ kind: "coled", state: "confirmed" }]);
    expect(data.supervisions.map((s) => [s.role, s.otherPerson])).toEqual([
      ["trainee", "Dr Ahmed"],
      ["supervisor", "Pat Lee"],
    ]);
    expect(data.entries[0]).toMatchObject({ withWhom: "Dr Ahmed", decidedBy: "Dr Ahmed" });
    expect(data.profile).toMatchObject({
      membershipConfirmedOn: "2026-10-01",
      pathwayStartedOn: "2026-09-01",
      pathwayStartSetAt: "2026-11-02T09:00:00.000Z",
    });
    expect(data.audit.map((row) => row.action).sort()).toEqual([
      "enquiry.submitted",
      "entry.confirmed",
      "nudges.turned_off",
    ]);
  });

  it("lets an admin gather anyone's, and refuses anyone else", async () => {
    await seedEverything(world.db);
    await expect(gatherPersonalData(world.ctx, ADMIN, samRef)).resolves.toMatchObject({
      person: { slackUserId: "U0SAM" },
    });
    await rejectionOf(gatherPersonalData(world.ctx, actorFor("U0PAT"), samRef), "FORBIDDEN");
  });
});

describe("eraseMember", () => {
  it("has each confirmer they had search their DMs for a request the bot never recorded", async () => {
    const { sam, ahmed, pat } = await seedEverything(world.db);
    // Dr Ahmed co-led two of Sam's sessions (one queried, one waiting); Pat supervises Sam now.
    await world.db.activityEntry.create({
      data: {
        traineeId: sam.id,
        kind: "coled",
        occurredOn: "2026-11-20",
        counterpartId: ahmed.id,
        state: "claimed",
      },
    });
    await world.db.supervision.deleteMany({ where: { traineeId: sam.id } });
    await world.db.supervision.create({
      data: { traineeId: sam.id, supervisorId: pat.id, state: "active" },
    });
    await eraseMember(world.ctx, ADMIN, samRef);
    const sweeps = await world.db.outboxItem.findMany({
      where: { effect: "confirmations.sweep" },
      orderBy: { id: "asc" },
    });
    expect(sweeps.map((item) => JSON.parse(item.payload))).toEqual([
      { type: "confirmations.sweep", traineeId: sam.id, confirmerId: ahmed.id },
      { type: "confirmations.sweep", traineeId: sam.id, confirmerId: pat.id },
    ]);
  });

  it("searches no DMs for someone who never had a session or a supervisor", async () => {
    await world.db.person.create({ data: { slackTeamId: TEAM, slackUserId: "U0NEW" } });
    await eraseMember(world.ctx, ADMIN, { person: { teamId: TEAM, userId: "U0NEW" } });
    expect(await world.db.outboxItem.count({ where: { effect: "confirmations.sweep" } })).toBe(0);
  });

  it("removes every text of theirs and keeps others' records, counted, naming a former member", async () => {
    const { sam, pat, patEntry } = await seedEverything(world.db);
    const result = await eraseMember(world.ctx, ADMIN, samRef);
    expect(result.posts).toHaveLength(4);
    // The edits are recorded with the erasure, so they outlive a crash right after it.
    const edits = await world.db.outboxItem.findMany({ where: { effect: "post.redact" } });
    expect(edits.map((item) => JSON.parse(item.payload))).toEqual(
      result.posts.map((post) => ({ type: "post.redact", ...post })),
    );
    expect(result.erased).toMatchObject({ entries: 1, applications: 1, enquiries: 1, reports: 1 });

    const everything = JSON.stringify(await dumpAllTables(world.db));
    for (const canary of Object.values(SAM_TEXT)) expect(everything).not.toContain(canary);
    expect(everything).not.toContain("U0SAM");
    expect(everything).not.toContain("Sam Patel");
    // Others' texts stay (stored encrypted, so they are read back through the client).
    const patNotes = await world.db.activityEntry.findMany({ where: { traineeId: pat.id } });
    expect(patNotes.map((entry) => entry.note)).toContain(OTHERS_TEXT.patNote);
    const reportsOnPat = await world.db.supervisorReport.findMany({ where: { traineeId: pat.id } });
    expect(reportsOnPat.map((report) => report.text)).toContain(OTHERS_TEXT.samsReportOnPat);

    expect(
      await world.db.activityEntry.findUniqueOrThrow({ where: { id: patEntry.id } }),
    ).toMatchObject({
      state: "confirmed",
      counterpartId: sam.id,
      decidedById: sam.id,
    });
    const patSupervision = await world.db.supervision.findFirstOrThrow({
      where: { traineeId: pat.id },
    });
    expect(patSupervision.state).toBe("ended");
    const tombstone = await world.db.auditLog.findFirstOrThrow({
      where: { action: "person.erased" },
    });
    expect(tombstone.actorId).not.toBe(sam.id);
  });

  it("refuses a non-admin, an admin erasing themselves, and a person erased already", async () => {
    await seedEverything(world.db);
    await rejectionOf(eraseMember(world.ctx, actorFor("U0PAT"), samRef), "FORBIDDEN");
    await rejectionOf(
      eraseMember(world.ctx, ADMIN, { person: { teamId: TEAM, userId: ADMIN.userId } }),
      "FORBIDDEN",
    );
    await eraseMember(world.ctx, ADMIN, samRef);
    await rejectionOf(eraseMember(world.ctx, ADMIN, samRef), "NOT_FOUND");
    await rejectionOf(gatherPersonalData(world.ctx, ADMIN, samRef), "NOT_FOUND");
  });
});

/** Every row of every table, as the database holds it. */
async function dumpAllTables(db: typeof world.db) {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    onPostgres
      ? "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_prisma%'"
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'",
  );
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    dump[name] = await db.$queryRawUnsafe(
      onPostgres
        ? `SELECT row_to_json(t)::text AS row FROM "${name}" t`
        : `SELECT * FROM "${name}"`,
    );
  }
  return dump;
}
