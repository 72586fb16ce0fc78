import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accreditedOn } from "../../src/db/leaders.ts";
import { addLeader } from "../../src/services/add-leader.ts";
import type { ServiceContext } from "../../src/services/context.ts";
import { listLeaders } from "../../src/services/list-leaders.ts";
import { removeLeader } from "../../src/services/remove-leader.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  ADMIN,
  actorFor,
  contextFor,
  refTo,
  rejectionOf,
  rowCounts,
  TODAY,
} from "../support/services.ts";

let database: TestDatabase;
let ctx: ServiceContext;
const ahmed = actorFor("UAHMED", { name: "Dr Ahmed" });
const brown = actorFor("UBROWN", { name: "Dr Brown" });

beforeEach(async () => {
  database = await createTestDatabase();
  ctx = contextFor(database.db);
});
afterEach(async () => {
  await database.close();
});

describe("addLeader", () => {
  it("adds a person with today's date by default, or the date given", async () => {
    const today = await addLeader(ctx, ADMIN, { person: refTo(ahmed) });
    expect(today).toMatchObject({
      outcome: "added",
      leader: { accreditedOn: TODAY, removedAt: null },
    });
    const dated = await addLeader(ctx, ADMIN, { person: refTo(brown), accreditedOn: "2010-01-01" });
    expect(dated.leader.accreditedOn).toBe("2010-01-01");
    const admin = await database.db.person.findFirstOrThrow({ where: { slackUserId: "UADMIN" } });
    expect(admin.isAdmin).toBe(true);
    expect(dated.leader.addedById).toBe(admin.id);
    expect(await database.db.auditLog.count({ where: { action: "leader.added" } })).toBe(2);
  });

  it("changes the date when given a new one, and otherwise changes nothing", async () => {
    await addLeader(ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    expect((await addLeader(ctx, ADMIN, { person: refTo(ahmed) })).outcome).toBe("unchanged");
    const updated = await addLeader(ctx, ADMIN, {
      person: refTo(ahmed),
      accreditedOn: "2015-06-01",
    });
    expect(updated).toMatchObject({ outcome: "updated", leader: { accreditedOn: "2015-06-01" } });
  });

  it("restores a removed leader with the new date, keeping one row", async () => {
    await addLeader(ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    await removeLeader(ctx, ADMIN, { person: refTo(ahmed) });
    const restored = await addLeader(ctx, ADMIN, {
      person: refTo(ahmed),
      accreditedOn: "2026-11-01",
    });
    expect(restored).toMatchObject({
      outcome: "restored",
      leader: { accreditedOn: "2026-11-01", removedAt: null, removedById: null },
    });
    expect(await database.db.accreditedLeader.count()).toBe(1);
  });

  it("refuses anyone but an admin, and bad dates, writing nothing", async () => {
    const before = await rowCounts(database.db);
    expect(await rejectionOf(addLeader(ctx, ahmed, { person: refTo(brown) }), "FORBIDDEN")).toBe(
      "Only admins can change the register of accredited leaders.",
    );
    expect(
      await rejectionOf(
        addLeader(ctx, ADMIN, { person: refTo(brown), accreditedOn: "2026-11-27" }),
        "INVALID_INPUT",
      ),
    ).toMatch(/The accreditation date 2026-11-27 is in the future/);
    expect(
      await rejectionOf(
        addLeader(ctx, ADMIN, { person: refTo(brown), accreditedOn: "1949-01-01" }),
        "INVALID_INPUT",
      ),
    ).toMatch(/on or after 1950-01-01/);
    expect(await rowCounts(database.db)).toEqual(before);
  });
});

describe("removeLeader", () => {
  it("marks the row removed, keeping it, and the person no longer counts", async () => {
    await addLeader(ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    const { leader } = await removeLeader(ctx, ADMIN, { person: refTo(ahmed) });
    expect(leader.removedAt).toEqual(ctx.now);
    expect(leader.removedById).not.toBeNull();
    expect(await accreditedOn(database.db, leader.personId, TODAY)).toBe(false);
    expect(await database.db.auditLog.count({ where: { action: "leader.removed" } })).toBe(1);
  });

  it("refuses a person not on the register, and non-admins, writing nothing", async () => {
    await addLeader(ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    const before = await rowCounts(database.db);
    expect(await rejectionOf(removeLeader(ctx, ADMIN, { person: refTo(brown) }), "NOT_FOUND")).toBe(
      "<@UBROWN> is not on the register of accredited leaders.",
    );
    expect(await rejectionOf(removeLeader(ctx, brown, { person: refTo(ahmed) }), "FORBIDDEN")).toBe(
      "Only admins can change the register of accredited leaders.",
    );
    expect(await rowCounts(database.db)).toEqual(before);
  });
});

describe("listLeaders", () => {
  it("lists the current register with dates, in name order", async () => {
    await addLeader(ctx, ADMIN, { person: refTo(brown), accreditedOn: "2010-01-01" });
    await addLeader(ctx, ADMIN, { person: refTo(ahmed), accreditedOn: "2015-05-01" });
    await addLeader(ctx, ADMIN, { person: refTo("UGONE"), accreditedOn: "2001-01-01" });
    await removeLeader(ctx, ADMIN, { person: refTo("UGONE") });
    const { leaders } = await listLeaders(ctx);
    expect(leaders.map((l) => [l.displayName, l.slackUserId, l.accreditedOn])).toEqual([
      ["Dr Ahmed", "UAHMED", "2015-05-01"],
      ["Dr Brown", "UBROWN", "2010-01-01"],
    ]);
  });
});

describe("accreditedOn", () => {
  it("counts a leader from their accreditation date on", async () => {
    const { leader } = await addLeader(ctx, ADMIN, {
      person: refTo(ahmed),
      accreditedOn: "2015-05-01",
    });
    expect(await accreditedOn(database.db, leader.personId, "2015-04-30")).toBe(false);
    expect(await accreditedOn(database.db, leader.personId, "2015-05-01")).toBe(true);
    expect(await accreditedOn(database.db, 999, "2015-05-01")).toBe(false);
  });
});
