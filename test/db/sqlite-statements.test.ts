import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { sqlOf, sqlTransaction } from "../../src/db/sql.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { sqliteOnly } from "../support/sqlite-only.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function opened() {
  current = await createTestDatabase();
  return current;
}

/** People and entries with every kind of value: ids, text, nulls, booleans, times, reals. */
async function populated() {
  const { db } = await opened();
  const ann = await db.person.create({
    data: { slackTeamId: "T1", slackUserId: "UANN", displayName: "Ann", isAdmin: true },
  });
  await db.person.create({ data: { slackTeamId: "T1", slackUserId: "UBEN" } });
  await db.activityEntry.create({
    data: {
      traineeId: ann.id,
      kind: "supervision",
      occurredOn: "2026-11-20",
      state: "confirmed",
      hours: 1.5,
      faceToFace: false,
      recorded: null,
      createdAt: new Date("2026-11-20T10:00:00.123Z"),
    },
  });
  return { db, ann };
}

const QUERIES = {
  "every column of a table": Prisma.sql`SELECT * FROM "people" ORDER BY "id"`,
  "integers, reals, booleans and times": Prisma.sql`
    SELECT "id", "hours", "face_to_face", "recorded", "created_at", "updated_at", "note"
    FROM "activity_entries"`,
  "expressions: counts, comparisons, minimums": Prisma.sql`
    SELECT COUNT(*) AS "n", ("created_at" > ${new Date("2026-01-01T00:00:00Z")}) AS "later",
      MIN("created_at") AS "first", SUM("hours") AS "hours"
    FROM "activity_entries"`,
  "arguments: a list, a boolean, a null": Prisma.sql`
    SELECT "slack_user_id" FROM "people"
    WHERE "slack_user_id" IN (${Prisma.join(["UANN", "UBEN"])}) AND "is_admin" = ${true}
      AND ${null} IS NULL`,
  "a row nobody matches": Prisma.sql`SELECT "id" FROM "people" WHERE "id" = ${-1}`,
};

sqliteOnly("the connection is SQLite's own")("raw SQL on SQLite's connection", () => {
  it.each(Object.entries(QUERIES))("reads %s as Prisma's $queryRaw does", async (_name, query) => {
    const { db } = await populated();
    const direct = await sqlOf(db).$queryRaw(query);
    expect(direct).toEqual(await db.$queryRaw(query));
  });

  it("reads a tagged template as Prisma does, and runs on the connection, not through Prisma", async () => {
    const { db, ann } = await populated();
    const sql = sqlOf(db);
    expect(sql).not.toBe(db);
    const read = (on: typeof sql) =>
      on.$queryRaw`SELECT "display_name" AS "name" FROM "people" WHERE "id" = ${ann.id}`;
    expect(await read(sql)).toEqual(await read(db));
  });

  it("writes what Prisma would: times as Prisma stores them, booleans as Prisma reads them", async () => {
    const { db } = await opened();
    const at = new Date("2026-12-01T08:15:00.250Z");
    const changed = await sqlOf(db).$executeRaw`
      INSERT INTO "people" ("slack_team_id", "slack_user_id", "is_admin", "created_at")
      VALUES ('T1', 'UDIRECT', ${true}, ${at})`;
    expect(changed).toBe(1);
    await db.person.create({
      data: { slackTeamId: "T1", slackUserId: "UPRISMA", isAdmin: true, createdAt: at },
    });
    const stored = await db.$queryRaw<{ createdAt: string }[]>`
      SELECT CAST("created_at" AS TEXT) AS "createdAt" FROM "people" ORDER BY "id"`;
    expect(stored[0]).toEqual(stored[1]);
    const people = await db.person.findMany({ orderBy: { id: "asc" } });
    expect(people.map((p) => [p.isAdmin, p.createdAt])).toEqual([
      [true, at],
      [true, at],
    ]);
  });

  it("refuses an undefined argument rather than storing something else", async () => {
    const { db } = await opened();
    await expect(sqlOf(db).$queryRaw`SELECT ${undefined} AS "x"`).rejects.toThrow(/undefined/);
  });

  it("ends the turn of a transaction that could not begin, so later ones still run", async () => {
    const { db, url } = await opened();
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 50");
    const other = new Database(url.replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    await expect(sqlTransaction(db, async () => 1)).rejects.toThrow(/locked|busy/i);
    await expect(db.$transaction(async () => 1)).rejects.toThrow();
    other.exec("ROLLBACK");
    other.close();
    expect(await sqlTransaction(db, async () => 2)).toBe(2);
    expect(await db.$transaction(async () => 3)).toBe(3);
  });
});

describe("sqlTransaction", () => {
  const count = async (db: TestDatabase["db"]) => db.person.count();
  const addPerson = (userId: string) => Prisma.sql`
    INSERT INTO "people" ("slack_team_id", "slack_user_id", "is_admin", "created_at")
    VALUES ('T1', ${userId}, ${false}, ${new Date()})`;

  it("commits what the work wrote, and rolls all of it back when the work throws", async () => {
    const { db } = await opened();
    await sqlTransaction(db, (sql) => sql.$executeRaw(addPerson("UKEPT")));
    await expect(
      sqlTransaction(db, async (sql) => {
        await sql.$executeRaw(addPerson("ULOST1"));
        await sql.$executeRaw(addPerson("ULOST2"));
        throw new Error("the work failed");
      }),
    ).rejects.toThrow("the work failed");
    const people = await db.person.findMany();
    expect(people.map((p) => p.slackUserId)).toEqual(["UKEPT"]);
  });

  it("runs in turn with Prisma's transactions: each sees the others' writes whole", async () => {
    const { db } = await opened();
    // Each transaction reads the count, yields, and writes only if the count is unchanged: two
    // transactions overlapping on one connection would both read the same count and one write
    // would be refused.
    const guarded = async (
      read: () => Promise<number>,
      write: () => Promise<unknown>,
    ): Promise<void> => {
      const before = await read();
      await new Promise((resolve) => setTimeout(resolve, 1));
      if ((await read()) !== before) throw new Error("another transaction wrote meanwhile");
      await write();
    };
    const work = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? sqlTransaction(db, (sql) =>
            guarded(
              async () =>
                Number(
                  (await sql.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "people"`)[0]
                    ?.n,
                ),
              () => sql.$executeRaw(addPerson(`UDIRECT${i}`)),
            ),
          )
        : db.$transaction((tx) =>
            guarded(
              () => tx.person.count(),
              () => tx.person.create({ data: { slackTeamId: "T1", slackUserId: `UPRISMA${i}` } }),
            ),
          ),
    );
    await Promise.all(work);
    expect(await count(db)).toBe(20);
  });
});
