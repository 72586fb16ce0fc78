import { pendingMigrations } from "../migrate.ts";
import { takeBackup } from "./take-backup.ts";

/**
 * Before `npm start` applies migrations to an existing database, a backup of it as it was, so a
 * migration that goes wrong can be undone with `npm run db:restore`. Returns the backup's path,
 * or undefined when there was nothing to migrate (or no database yet). A failed backup throws,
 * and the bot does not start: migrating without one is what this prevents.
 */
export function backupBeforeMigrations(
  databaseFile: string,
  backupDir: string,
  at: Date,
): { file: string; pending: string[] } | undefined {
  const pending = pendingMigrations(databaseFile);
  if (pending.length === 0) return undefined;
  return { file: takeBackup(databaseFile, backupDir, at, "before-migrations"), pending };
}
