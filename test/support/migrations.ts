import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The little of better-sqlite3 the migration tests use (the package ships no types). */
export interface SqliteFile {
  exec(sql: string): void;
  prepare(sql: string): { all(): unknown[]; get(): unknown };
  close(): void;
}

/** A bare SQLite database (no Prisma), to replay migrations on data in an older shape. */
export function openSqlite(file = ":memory:"): SqliteFile {
  const Database = createRequire(import.meta.url)("better-sqlite3") as new (
    file: string,
  ) => SqliteFile;
  return new Database(file);
}

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** Every committed migration folder, oldest first. */
export function migrationFolders(): string[] {
  return readdirSync(MIGRATIONS)
    .filter((name) => /^\d{14}_/.test(name))
    .sort();
}

export function migrationSql(folder: string): string {
  return readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8");
}
