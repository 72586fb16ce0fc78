import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { appliedMigrations, withSqliteFile } from "./backups/sqlite-file.ts";
import type { DatabaseProvider } from "./database-url.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Applies pending migrations with the Prisma CLI (idempotent). Throws with the CLI's output. */
export function applyMigrations(databaseUrl: string): void {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  try {
    execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: "pipe",
    });
  } catch (error) {
    const output = error instanceof Error && "stderr" in error ? String(error.stderr) : "";
    throw new Error(`Could not apply database migrations.\n${output}`.trim());
  }
}

/** The committed migrations of a provider, by folder name, oldest first. */
export function migrationNames(provider: DatabaseProvider = "sqlite"): string[] {
  const folder = path.join(
    projectRoot,
    "prisma",
    ...(provider === "postgresql" ? ["postgres"] : []),
    "migrations",
  );
  return readdirSync(folder, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * The migrations `applyMigrations` would apply to this file; empty when there is no file yet (a
 * new install) or the file is empty, as there is nothing to keep.
 */
export function pendingMigrations(databaseFile: string): string[] {
  if (!existsSync(databaseFile) || statSync(databaseFile).size === 0) return [];
  const applied = new Set(withSqliteFile(databaseFile, { readonly: true }, appliedMigrations));
  return migrationNames().filter((name) => !applied.has(name));
}

/**
 * Whether `applyMigrations` has work to do: a new or empty file, or migrations not yet applied.
 * A start with nothing pending skips the Prisma CLI, whose lock would otherwise wait on another
 * bot process already running on the same file.
 */
export function migrationsNeeded(databaseFile: string): boolean {
  if (!existsSync(databaseFile) || statSync(databaseFile).size === 0) return true;
  return pendingMigrations(databaseFile).length > 0;
}
