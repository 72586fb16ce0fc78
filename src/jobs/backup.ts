import path from "node:path";
import type { WebClient } from "@slack/web-api";
import { rotateBackups } from "../db/backups/rotation.ts";
import { takeBackup } from "../db/backups/take-backup.ts";
import { sqliteFilePath } from "../db/database-url.ts";
import { sendDirectMessage } from "../slack/direct-message.ts";
import type { JobDeps } from "./job-deps.ts";
import { dayPeriod } from "./periods.ts";
import { type ClaimedRunOutcome, runOncePerPeriod } from "./run-once.ts";

export const BACKUP_JOB = "backup";

/**
 * The daily backup (BACKUP_CRON): at most once per day across restarts and instances (the day is
 * claimed first), an online copy checked with `PRAGMA integrity_check`, then rotation. When it
 * fails, each admin gets one DM (the claim means it is not retried, so not repeated).
 */
export async function runScheduledBackup(
  deps: JobDeps,
  client: WebClient,
  now: Date,
): Promise<ClaimedRunOutcome> {
  const { config, logger } = deps;
  const claim = { job: BACKUP_JOB, period: dayPeriod(now, config.TIMEZONE) };
  return runOncePerPeriod(deps, now, claim, async () => {
    const databaseFile = sqliteFilePath(config.DATABASE_URL);
    const backupDir = path.resolve(config.BACKUP_DIR);
    try {
      const file = takeBackup(databaseFile, backupDir, now);
      const removed = rotateBackups(databaseFile, backupDir, config.TIMEZONE);
      logger.info("Backed up the database", { file, rotatedAway: removed.length });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await tellAdmins(deps, client, `The database backup of ${claim.period} failed: ${reason}`);
      throw error;
    }
  });
}

async function tellAdmins(deps: JobDeps, client: WebClient, text: string): Promise<void> {
  const admins = deps.config.ADMIN_USER_IDS;
  if (admins.length === 0) deps.logger.warn("No ADMIN_USER_IDS to tell that a backup failed");
  for (const admin of admins) {
    await sendDirectMessage(client, admin, {
      text: `:warning: ${text}\nThe bot keeps running; the next backup is at the usual time. See "Backups and restore" in the README.`,
    }).catch((error: unknown) =>
      deps.logger.error("Could not tell an admin that a backup failed", {
        admin,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}
