import { describe, expect, it } from "vitest";
import { accreditedOn, isActiveSupervisor } from "../../../src/db/leaders.ts";
import { addLeader } from "../../../src/services/register/add-leader.ts";
import { listLeaders } from "../../../src/services/register/list-leaders.ts";
import { removeLeader } from "../../../src/services/register/remove-leader.ts";
import { requestSupervision } from "../../../src/services/supervision/request-supervision.ts";
import {
  ADMIN,
  actorFor,
  contextFor,
  daysAfter,
  NOW,
  PEOPLE,
  refTo,
  rejectionOf,
  rowCounts,
  seedLeader,
  seedSupervision,
  TODAY,
  useServiceDatabase,
} from "../../support/services.ts";

const { trainee, ahmed, brown } = PEOPLE;

const world = useServiceDatabase();

describe("addLeader", () => {
  it("adds a person with today's date by default, or the date given", async () => {
    const today = await addLeader(world.ctx, ADMIN, { person: refTo(ahmed) });
    expect(today).toMatchObject({
      outcome: "added",
      leader: { accreditedOn: TODAY, removedAt: null },
    });
    const dated = await addLeader(world.ctx, ADMIN, {
      person: refTo(brown),
      accreditedOn: "2010-01-01",
    });
    expect(dated.leader.accreditedOn).toBe("2010-01-01");
    const admin = await world.db.person.findFirstOrThrow({ where: { slackUserId: "UADMIN" } });
    expect(admin.isAdmin).toBe(true);
    expect(dated.leader.addedById).toBe(admin.id);
    expect(await world.db.auditLog.count({ where: { action: "leader.added" } })).toBe(2);
  });

  it("changes the date when given a new one, and otherwise changes nothing", async () => {
    await addLeader(world.ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    expect((await addLeader(world.ctx, ADMIN, { person: refTo(ahmed) })).outcome).toBe("unchanged");
    const updated = await addLeader(world.ctx, ADMIN, {
      person: refTo(ahmed),
      accreditedOn: "2015-06-01",
    });
    expect(updated).toMatchObject({ outcome: "updated", leader: { accreditedOn: "2015-06-01" } });
  });

  it("restores a removed leader with the new date, keeping one row", async () => {
    await addLeader(world.ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    await removeLeader(world.ctx, ADMIN, { person: refTo(ahmed) });
    const restored = await addLeader(world.ctx, ADMIN, {
      person: refTo(ahmed),
      accreditedOn: "2026-11-01",
    });
    expect(restored).toMatchObject({
      outcome: "restored",
      leader: { accreditedOn: "2026-11-01", removedAt: null, removedById: null },
    });
    expect(await world.db.accreditedLeader.count()).toBe(1);
  });

  it("refuses anyone but an admin, and bad dates, writing nothing", async () => {
    const before = await rowCounts(world.db);
    expect(
      await rejectionOf(addLeader(world.ctx, ahmed, { person: refTo(brown) }), "FORBIDDEN"),
    ).toBe("Only admins can change the register of accredited leaders.");
    expect(
      await rejectionOf(
        addLeader(world.ctx, ADMIN, { person: refTo(brown), accreditedOn: "2026-11-27" }),
        "INVALID_INPUT",
      ),
    ).toMatch(/The accreditation date 2026-11-27 is in the future/);
    expect(
      await rejectionOf(
        addLeader(world.ctx, ADMIN, { person: refTo(brown), accreditedOn: "1949-01-01" }),
        "INVALID_INPUT",
      ),
    ).toMatch(/on or after 1950-01-01/);
    expect(await rowCounts(world.db)).toEqual(before);
  });
});

describe("removeLeader", () => {
  it("marks the row removed, keeping it, and the person no longer counts", async () => {
    await addLeader(world.ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    const { leader } = await removeLeader(world.ctx, ADMIN, { person: refTo(ahmed) });
    expect(leader.removedAt).toEqual(world.ctx.now);
    expect(leader.removedById).not.toBeNull();
    expect(await accreditedOn(world.db, leader.personId, TODAY)).toBe(false);
    expect(await world.db.auditLog.count({ where: { action: "leader.removed" } })).toBe(1);
  });

  it("ends the removed leader's active supervisions, keeping them as history", async () => {
    await seedLeader(world.ctx, ahmed, "2015-05-01");
    await seedLeader(world.ctx, brown, "2010-01-01");
    const sam = actorFor("USAM");
    const kim = actorFor("UKIM");
    const pending = actorFor("UPENDING");
    const withAhmed = await seedSupervision(world.ctx, sam, ahmed);
    await seedSupervision(world.ctx, kim, ahmed);
    const withBrown = await seedSupervision(world.ctx, trainee, brown);
    await requestSupervision(world.ctx, pending, { supervisor: refTo(ahmed) });

    const later = contextFor(world.db, daysAfter(NOW, 1));
    const { endedSupervisions } = await removeLeader(later, ADMIN, { person: refTo(ahmed) });
    expect(endedSupervisions.map((s) => [s.trainee.slackUserId, s.state, s.endedAt])).toEqual([
      ["USAM", "ended", later.now],
      ["UKIM", "ended", later.now],
    ]);
    expect(
      await world.db.supervision.findUnique({ where: { id: withAhmed.supervision.id } }),
    ).toMatchObject({ state: "ended", endedAt: later.now });
    expect(
      await world.db.supervision.findUnique({ where: { id: withBrown.supervision.id } }),
    ).toMatchObject({
      state: "active",
    });
    expect(await world.db.supervision.count({ where: { state: "requested" } })).toBe(1);
    const audit = await world.db.auditLog.findMany({ where: { action: "supervision.ended" } });
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]?.details ?? "{}")).toMatchObject({ leaderRemoved: true });
    expect(
      await isActiveSupervisor(
        world.db,
        withAhmed.supervision.supervisorId,
        withAhmed.supervision.traineeId,
      ),
    ).toBe(false);
  });

  it("refuses a person not on the register, and non-admins, writing nothing", async () => {
    await addLeader(world.ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    const before = await rowCounts(world.db);
    expect(
      await rejectionOf(removeLeader(world.ctx, ADMIN, { person: refTo(brown) }), "NOT_FOUND"),
    ).toBe("Dr Brown is not on the register of accredited leaders.");
    expect(
      await rejectionOf(removeLeader(world.ctx, brown, { person: refTo(ahmed) }), "FORBIDDEN"),
    ).toBe("Only admins can change the register of accredited leaders.");
    expect(await rowCounts(world.db)).toEqual(before);
  });
});

describe("listLeaders", () => {
  it("lists the current register with dates, in name order", async () => {
    await addLeader(world.ctx, ADMIN, { person: refTo(brown), accreditedOn: "2010-01-01" });
    await addLeader(world.ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    await addLeader(world.ctx, ADMIN, { person: refTo("UGONE"), accreditedOn: "2001-01-01" });
    await removeLeader(world.ctx, ADMIN, { person: refTo("UGONE") });
    const { leaders } = await listLeaders(world.ctx);
    expect(leaders.map((l) => [l.displayName, l.slackUserId, l.accreditedOn])).toEqual([
      ["Dr Ahmed", "UAHMED", "2015-05-01"],
      ["Dr Brown", "UBROWN", "2010-01-01"],
    ]);
  });
});

describe("accreditedOn", () => {
  it("counts a leader from their accreditation date on", async () => {
    const { leader } = await addLeader(world.ctx, ADMIN, {
      person: refTo(ahmed),
      accreditedOn: "2015-05-01",
    });
    expect(await accreditedOn(world.db, leader.personId, "2015-04-30")).toBe(false);
    expect(await accreditedOn(world.db, leader.personId, "2015-05-01")).toBe(true);
    expect(await accreditedOn(world.db, 999, "2015-05-01")).toBe(false);
  });
});
