import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { POSTGRES, SQLITE } from "./schema.ts";

function migrationFolders(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * PostgreSQL's history starts with the whole schema, in a folder named after the SQLite
 * migration it catches up with; from there, each SQLite migration has a PostgreSQL twin of the
 * same name. Returns what breaks that rule (empty when none).
 */
export function unpairedMigrations(): string[] {
  const postgres = migrationFolders(POSTGRES.migrations);
  const first = postgres[0];
  if (!first) return ["prisma/postgres/migrations holds no migration"];
  const sqlite = migrationFolders(SQLITE.migrations).filter((name) => name >= first);
  const problems = sqliteMigrationsWithoutTwin().map(
    (name) => `prisma/postgres/migrations lacks ${name}`,
  );
  for (const name of postgres) {
    if (!sqlite.includes(name)) problems.push(`prisma/migrations lacks ${name}`);
  }
  return problems;
}

/** SQLite migrations newer than PostgreSQL's first that have no PostgreSQL twin yet, oldest first. */
export function sqliteMigrationsWithoutTwin(): string[] {
  const postgres = migrationFolders(POSTGRES.migrations);
  const first = postgres[0] ?? "";
  return migrationFolders(SQLITE.migrations).filter(
    (name) => name >= first && !postgres.includes(name),
  );
}
