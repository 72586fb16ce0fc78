import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { backupFileName } from "./backup-names.ts";
import { problemWithBackup, withSqliteFile } from "./sqlite-file.ts";

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/**
 * An online backup of the database file into `backupDir`, safe while the bot keeps writing:
 * `VACUUM INTO` copies one consistent snapshot (everything committed when it starts). The copy is
 * written under a temporary name, checked with `PRAGMA integrity_check`, then renamed, so a
 * backup file that exists is always complete and checked. Returns its path.
 */
export function takeBackup(
  databaseFile: string,
  backupDir: string,
  at: Date,
  reason?: "before-migrations",
): string {
  if (!existsSync(databaseFile)) throw new BackupError(`There is no database at ${databaseFile}`);
  mkdirSync(backupDir, { recursive: true });
  const target = path.join(backupDir, backupFileName(databaseFile, at, reason));
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    withSqliteFile(databaseFile, { readonly: true }, (db) => {
      db.prepare("VACUUM INTO ?").run(partial);
    });
    const problem = problemWithBackup(partial);
    if (problem) throw new BackupError(`The backup failed its check: ${problem}`);
    renameSync(partial, target);
    return target;
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `Could not back up ${databaseFile} into ${backupDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
