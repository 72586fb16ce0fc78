import SQLite from "better-sqlite3";

/** The table Prisma records applied migrations in. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

/** Opens an SQLite file directly (not through Prisma), runs `use`, and always closes it. */
export function withSqliteFile<T>(
  file: string,
  options: { readonly: boolean },
  use: (db: SQLite.Database) => T,
): T {
  const db = new SQLite(file, { readonly: options.readonly, fileMustExist: true, timeout: 5_000 });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export function hasTable(db: SQLite.Database, name: string): boolean {
  const row = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
  return row !== undefined;
}

/** Migrations Prisma finished applying (not rolled back), by folder name. */
export function appliedMigrations(db: SQLite.Database): string[] {
  if (!hasTable(db, MIGRATIONS_TABLE)) return [];
  const rows = db
    .prepare(
      `SELECT migration_name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    .all() as { migration_name: string }[];
  return rows.map((row) => row.migration_name);
}

/**
 * Why a file is not a usable backup of this database, or undefined when it is: SQLite's own
 * integrity check passes and it has the migrations table.
 */
export function problemWithBackup(file: string): string | undefined {
  try {
    return withSqliteFile(file, { readonly: true }, (db) => {
      const results = db.pragma("integrity_check") as { integrity_check: string }[];
      const verdict = results.map((row) => row.integrity_check);
      if (verdict.join() !== "ok")
        return `SQLite's integrity check failed: ${verdict.slice(0, 5).join("; ")}`;
      if (!hasTable(db, MIGRATIONS_TABLE))
        return `it has no ${MIGRATIONS_TABLE} table, so it is not a database of this bot`;
      return undefined;
    });
  } catch (error) {
    return `it cannot be read as an SQLite database (${error instanceof Error ? error.message : String(error)})`;
  }
}
