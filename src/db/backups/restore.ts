import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { databaseInUse } from "./database-lock.ts";
import { problemWithBackup } from "./sqlite-file.ts";

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

export interface Restored {
  /** Where the database that was replaced now is, if there was one. */
  keptAside: string | undefined;
}

/**
 * Puts a backup in place of the database file. Refuses while a bot runs on that database, and
 * refuses a file that fails SQLite's integrity check or is not a database of this bot. The file
 * it replaces (with its WAL, if any) is renamed to `<database>.replaced-<time>`, never deleted.
 */
export function restoreBackup(backupFile: string, databaseFile: string, at: Date): Restored {
  const source = path.resolve(backupFile);
  const target = path.resolve(databaseFile);
  if (!existsSync(source)) throw new RestoreRefused(`There is no file at ${source}.`);
  if (source === target) throw new RestoreRefused("The backup is the database itself.");
  if (databaseInUse(target)) {
    throw new RestoreRefused(
      `The bot is running on ${target}. Stop it first (docker compose stop, or systemctl stop balint-pathway), then restore.`,
    );
  }
  const problem = problemWithBackup(source);
  if (problem) throw new RestoreRefused(`${source} cannot be restored: ${problem}.`);

  mkdirSync(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  copyFileSync(source, incoming);
  let keptAside: string | undefined;
  if (existsSync(target)) {
    keptAside = `${target}.replaced-${at
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z")}`;
    // SQLite finds a WAL by the database's name, so the three move together.
    for (const suffix of ["", "-wal", "-shm"]) {
      if (existsSync(`${target}${suffix}`))
        renameSync(`${target}${suffix}`, `${keptAside}${suffix}`);
    }
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  renameSync(incoming, target);
  return { keptAside };
}
