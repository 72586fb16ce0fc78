import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { backupFileName } from "../../../src/db/backups/backup-names.ts";
import { rotateBackups } from "../../../src/db/backups/rotation.ts";
import { sqliteFilePath } from "../../../src/db/database-url.ts";
import { runScheduledBackup } from "../../../src/jobs/backup.ts";
import { jobDeps } from "../../jobs/support.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import { sqliteOnly } from "../../support/sqlite-only.ts";

let database: TestDatabase;
let backupDir: string;
beforeEach(async () => {
  database = await createTestDatabase();
  backupDir = mkdtempSync(path.join(tmpdir(), "balint-backups-"));
});
afterEach(async () => {
  await database.close();
  rmSync(backupDir, { recursive: true, force: true });
});

const DAY_MS = 24 * 60 * 60 * 1000;
const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(from) + i * DAY_MS));
const datesIn = (names: string[]) =>
  names.map((name) => /-(\d{4}-\d{2}-\d{2})T/.exec(name)?.[1]).sort();

sqliteOnly("rotates SQLite file backups; on PostgreSQL, backups are the server's")(
  "backup rotation",
  () => {
    it("keeps 7 daily, 4 weekly and 12 monthly backups as the clock moves a day at a time", async () => {
      const { deps, clock } = jobDeps(database.db, new Date(0), {
        DATABASE_URL: database.url,
        BACKUP_DIR: backupDir,
      });
      // 100 nights at 02:30 in London (01:30 UTC in summer time, 02:30 after 25 October).
      for (const day of days("2026-08-25T01:30:00Z", 100)) {
        clock.now = day;
        expect(await runScheduledBackup(deps, day)).toBe("done");
        // A restart the same night finds the day claimed: still one backup per day.
        expect(await runScheduledBackup(deps, day)).toBe("already_claimed");
      }
      expect(datesIn(readdirSync(backupDir))).toEqual([
        // monthly: the newest of August, September, October (November and December are below)
        "2026-08-31",
        "2026-09-30",
        "2026-10-31",
        // weekly: the newest of ISO weeks 46 and 47 (weeks 48 and 49 are among the dailies)
        "2026-11-15",
        "2026-11-22",
        // daily: the last 7 days
        "2026-11-26",
        "2026-11-27",
        "2026-11-28",
        "2026-11-29",
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
      ]);
    }, 120_000);

    it("keeps at most 12 months, and never touches files it did not name", () => {
      const databaseFile = sqliteFilePath(database.url);
      for (const day of days("2025-01-01T02:30:00Z", 700)) {
        writeFileSync(path.join(backupDir, backupFileName(databaseFile, day)), "");
      }
      writeFileSync(path.join(backupDir, "notes.txt"), "mine");
      writeFileSync(path.join(backupDir, "other-2026-01-01T023000Z.db"), "");
      rotateBackups(databaseFile, backupDir, "Europe/London");
      const left = readdirSync(backupDir);
      expect(left).toContain("notes.txt");
      expect(left).toContain("other-2026-01-01T023000Z.db");
      const months = new Set(
        datesIn(left.filter((name) => name.startsWith(path.basename(databaseFile, ".db")))).map(
          (d) => d?.slice(0, 7),
        ),
      );
      expect(months.size).toBe(12);
      expect([...months].sort()[0]).toBe("2026-01");
    });
  },
);
