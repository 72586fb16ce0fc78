import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { copyDatabase, openStoredValuesClient } from "../../src/db/copy/copy-database.ts";
import { schemaTables } from "../../src/db/copy/schema-tables.ts";
import { recordEffects } from "../../src/db/outbox.ts";
import { takeSlackDelivery } from "../../src/db/slack-deliveries.ts";
import { seedEverything } from "../services/privacy/seed-everything.ts";
import { copySqliteTemplate, copyTemplateDatabase } from "../support/database.ts";
import { testKeyring } from "../support/keys.ts";
import { onPostgres } from "../support/postgres.ts";

/** An SQLite database with a row in every table. */
async function populatedSqlite(): Promise<string> {
  const url = copySqliteTemplate();
  const db = await openDatabase(url, testKeyring);
  try {
    await seedEverything(db);
    await recordEffects(db, [{ type: "confirmations.request", traineeId: 1 }]);
    await db.jobRun.create({ data: { job: "copy-test", period: "2026-W48" } });
    await takeSlackDelivery(db, "event:Ev1", new Date("2026-12-02T10:00:00Z"));
    const leader = await db.accreditedLeader.findFirstOrThrow();
    await db.accreditationPeriod.create({ data: { leaderId: leader.id, fromOn: "2020-01-01" } });
    return url;
  } finally {
    await db.$disconnect();
  }
}

/** Every row of every table, as stored, in key order. */
async function everyRow(url: string): Promise<Record<string, unknown[]>> {
  const client = openStoredValuesClient(url) as unknown as Record<
    string,
    { findMany(args: object): Promise<unknown[]> }
  > & { $disconnect(): Promise<void> };
  try {
    const rows: Record<string, unknown[]> = {};
    for (const table of schemaTables()) {
      rows[table.table] = await (
        client[table.delegate] as {
          findMany(args: object): Promise<unknown[]>;
        }
      ).findMany({ orderBy: { [table.idField]: "asc" } });
    }
    return rows;
  } finally {
    await client.$disconnect();
  }
}

describe("npm run db:copy", () => {
  it("fills every table of the seeded database, so the round trips below cover them all", async () => {
    const rows = await everyRow(await populatedSqlite());
    const empty = Object.entries(rows).filter(([, list]) => list.length === 0);
    expect(empty.map(([table]) => table)).toEqual([]);
  });

  it("copies SQLite to SQLite row for row, encrypted text as stored", async () => {
    const source = await populatedSqlite();
    const target = copySqliteTemplate();
    await copyDatabase(source, target);
    const copied = await everyRow(target);
    expect(copied).toEqual(await everyRow(source));
    expect(JSON.stringify(copied.activity_entries)).toContain("enc:v1:");
  });

  it.skipIf(!onPostgres)(
    "copies SQLite to PostgreSQL and back, row for row, and new rows get new ids",
    async () => {
      const source = await populatedSqlite();
      const postgres = await copyTemplateDatabase();
      const back = copySqliteTemplate();
      const copied = await copyDatabase(source, postgres);
      expect(copied.every(({ rows }) => rows > 0)).toBe(true);
      await copyDatabase(postgres, back);
      const original = await everyRow(source);
      expect(await everyRow(postgres)).toEqual(original);
      expect(await everyRow(back)).toEqual(original);
      // The bot reads the copy with the same key, and PostgreSQL's ids carry on after the copy.
      const db = await openDatabase(postgres, testKeyring);
      try {
        const before = await db.person.aggregate({ _max: { id: true } });
        const added = await db.person.create({ data: { slackTeamId: "T1", slackUserId: "U0NEW" } });
        expect(added.id).toBeGreaterThan(before._max.id ?? 0);
        const notes = await db.activityEntry.findMany({ where: { note: { not: null } } });
        expect(notes.some((entry) => entry.note?.startsWith("enc:"))).toBe(false);
      } finally {
        await db.$disconnect();
      }
    },
    120_000,
  );

  it("refuses a target that holds any row, and writes nothing to it", async () => {
    const source = await populatedSqlite();
    const target = await populatedSqlite();
    const before = await everyRow(target);
    await expect(copyDatabase(source, target)).rejects.toThrow(/target is not empty/);
    expect(await everyRow(target)).toEqual(before);
  });
});
