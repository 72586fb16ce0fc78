import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, inject, it } from "vitest";
import { appliedMigrations, hasTable } from "../../src/db/backups/sqlite-file.ts";
import { sqliteFilePath } from "../../src/db/database-url.ts";
import { migrationNames } from "../../src/db/migrate.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { unmigratedDatabaseUrl } from "../support/database.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/**
 * A database file as an older release left it: Prisma's migrations table with none of today's
 * migrations applied yet, and a row of its own that must survive in the backup.
 */
function databaseAwaitingMigrations(): string {
  const url = unmigratedDatabaseUrl();
  const template = new SQLite(inject("databaseTemplate"), { readonly: true });
  const { sql } = template
    .prepare("SELECT sql FROM sqlite_master WHERE name = '_prisma_migrations'")
    .get() as { sql: string };
  template.close();
  const db = new SQLite(sqliteFilePath(url));
  db.exec(sql);
  db.exec("CREATE TABLE kept_by_backup (what TEXT); INSERT INTO kept_by_backup VALUES ('before')");
  db.close();
  return url;
}

function readBackup(file: string) {
  const db = new SQLite(file, { readonly: true });
  try {
    return {
      applied: appliedMigrations(db),
      marker: hasTable(db, "kept_by_backup"),
      hasEntries: hasTable(db, "activity_entries"),
    };
  } finally {
    db.close();
  }
}

describe("starting with migrations pending", () => {
  it("backs the database up before applying them, and only then", async () => {
    const backupDir = mkdtempSync(path.join(tmpdir(), "balint-backups-"));
    const databaseUrl = databaseAwaitingMigrations();
    const env = { BACKUP_DIR: backupDir };

    h = await startHarness({ databaseUrl, env, migrate: true });
    const backups = readdirSync(backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/-before-migrations\.db$/);
    // The backup is the database as it was: nothing applied yet, its own table kept.
    expect(readBackup(path.join(backupDir, backups[0] ?? ""))).toEqual({
      applied: [],
      marker: true,
      hasEntries: false,
    });
    // The live database was then migrated.
    expect(readBackup(sqliteFilePath(databaseUrl)).applied).toEqual(migrationNames());

    // A restart with nothing pending takes no backup; nor does a first start on no file.
    await h.stop();
    h = await startHarness({ databaseUrl, env, migrate: true });
    await h.stop();
    h = await startHarness({ databaseUrl: unmigratedDatabaseUrl(), env, migrate: true });
    expect(readdirSync(backupDir)).toEqual(backups);
    rmSync(backupDir, { recursive: true, force: true });
  }, 90_000);
});
