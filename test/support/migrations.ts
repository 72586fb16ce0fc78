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

/** A value of the column's declared type, different for every column; `_id` columns name row 1. */
function sampleValue(column: { name: string; type: string }, index: number): string {
  if (column.name.endsWith("_id")) return "1";
  if (/INT|BOOLEAN/.test(column.type)) return String(index % 2);
  if (/REAL/.test(column.type)) return `${index}.5`;
  if (/DATETIME/.test(column.type)) return String(1764150000000 + index);
  return `'${column.name}-value'`;
}

/**
 * Inserts one row into `table` with a value in every column it has now (so a table rebuild that
 * drops one shows), and returns the row as stored.
 */
export function insertFullRow(db: SqliteFile, table: string, id: number): unknown {
  const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as {
    name: string;
    type: string;
  }[];
  const values = columns.map((column, i) =>
    column.name === "id" ? String(id) : sampleValue(column, i),
  );
  db.exec(`INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")})
    VALUES (${values.join(", ")})`);
  return db.prepare(`SELECT * FROM "${table}" WHERE "id" = ${id}`).get();
}

/**
 * A bare database migrated up to just before `folder`, to fill with data in the old shape;
 * `migrateRest` then applies `folder` and every migration after it.
 */
export function databaseBefore(folder: string): { db: SqliteFile; migrateRest: () => void } {
  const folders = migrationFolders();
  const index = folders.indexOf(folder);
  if (index < 1) throw new Error(`no migration ${folder} with others before it`);
  const db = openSqlite();
  for (const earlier of folders.slice(0, index)) db.exec(migrationSql(earlier));
  return {
    db,
    migrateRest: () => {
      for (const later of folders.slice(index)) db.exec(migrationSql(later));
    },
  };
}
