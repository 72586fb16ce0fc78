import { describe, expect, it } from "vitest";
import { ENCRYPTED_PREFIX } from "../../../src/db/encryption/keyring.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import {
  actorFor,
  countingClient,
  PEOPLE,
  refTo,
  seedLeader,
  useServiceDatabase,
} from "../../support/services.ts";

// The logging path writes through raw SQL (src/db/entries.ts, people.ts, audit.ts, outbox.ts):
// what it stores must read back through Prisma exactly as Prisma's own writes do.

const { trainee, ahmed } = PEOPLE;
const world = useServiceDatabase();
const PLAIN = 4;
const WITH_CONFIRMER = 8;

describe("logEntry's raw writes", () => {
  it("stores the note encrypted, readable through Prisma", async () => {
    const { entry } = await logEntry(world.ctx, trainee, {
      kind: "group_member",
      occurredOn: "2026-11-20",
      note: "Dr K spoke about her patient",
    });
    const [stored] = await world.db.$queryRaw<{ note: string }[]>`
      SELECT "note" FROM "activity_entries" WHERE "id" = ${entry.id}`;
    expect(stored?.note.startsWith(ENCRYPTED_PREFIX)).toBe(true);
    expect(stored?.note).not.toContain("patient");
    const read = await world.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(read.note).toBe("Dr K spoke about her patient");
  });

  it("returns the entry as Prisma reads it back: dates, booleans, numbers and empty columns", async () => {
    const { entry } = await logEntry(world.ctx, trainee, {
      kind: "supervision",
      occurredOn: "2026-11-19",
      hours: 1.5,
      mode: "video",
      counterpart: refTo(ahmed),
    });
    const read = await world.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(read).toEqual(entry);
    expect(read.createdAt).toEqual(world.ctx.now);
    expect(read.hours).toBe(1.5);
    const audit = await world.db.auditLog.findFirstOrThrow({ where: { action: "entry.logged" } });
    expect(audit.at).toEqual(world.ctx.now);
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({ kind: "supervision", hours: 1.5 });
  });

  it("stores the admin flag and the people it meets as Prisma reads them", async () => {
    const admin = actorFor("UNEWADMIN", { isAdmin: true });
    await logEntry(world.ctx, admin, { kind: "group_member", occurredOn: "2026-11-20" });
    const before = Date.now();
    await logEntry(
      world.ctx,
      { ...admin, isAdmin: false },
      {
        kind: "coled",
        occurredOn: "2026-11-20",
        counterpart: refTo(actorFor("UNEWPEER")),
      },
    );
    const people = await world.db.person.findMany({ orderBy: { id: "asc" } });
    expect(people.map((p) => [p.slackUserId, p.isAdmin, p.nudgesOptedOut])).toEqual([
      ["UNEWADMIN", false, false],
      ["UNEWPEER", false, false],
    ]);
    const peer = people[1];
    expect(peer?.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1);
  });

  it("re-publishes the Home of a trainee looking at it, and of nobody else", async () => {
    await logEntry(world.ctx, trainee, { kind: "group_member", occurredOn: "2026-11-20" });
    expect(await world.db.outboxItem.count()).toBe(0);
    await world.db.person.updateMany({
      where: { slackUserId: trainee.userId },
      data: { homeOpenedAt: new Date() },
    });
    await logEntry(world.ctx, trainee, { kind: "group_member", occurredOn: "2026-11-21" });
    const items = await world.db.outboxItem.findMany();
    expect(items.map((item) => item.effect)).toEqual(["home.refresh"]);
    expect(items[0]?.dueAt.getTime()).toBeGreaterThan(items[0]?.createdAt.getTime() ?? 0);
    expect(items[0]?.attempts).toBe(0);
  });

  it("asks the database a few statements per log: a plain one, and one naming a confirmer", async () => {
    await seedLeader(world.ctx, ahmed, "2015-05-01");
    // A trainee who has logged before, so nothing is set up for them.
    await logEntry(world.ctx, trainee, { kind: "group_member", occurredOn: "2026-11-01" });
    const statements = async (input: Parameters<typeof logEntry>[2]) => {
      const counting = countingClient(world.url);
      await logEntry({ ...world.ctx, db: counting.client }, trainee, input);
      await counting.client.$disconnect();
      return counting.counter.queries;
    };
    const plain = await statements({ kind: "group_member", occurredOn: "2026-11-20" });
    const confirmed = await statements({
      kind: "coled",
      occurredOn: "2026-11-20",
      counterpart: refTo(ahmed),
    });
    expect({ plain, confirmed }).toEqual({ plain: PLAIN, confirmed: WITH_CONFIRMER });
  });
});
