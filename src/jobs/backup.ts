import path from "node:path";
import { rotateBackups } from "../db/backups/rotation.ts";
import { takeBackup } from "../db/backups/take-backup.ts";
import { sqliteFilePath } from "../db/database-url.ts";
import { recordBackupFailure } from "../services/jobs/record-backup-failure.ts";
import { type JobDeps, jobContext } from "./job-deps.ts";
import { dayPeriod } from "./periods.ts";
import { type ClaimedRunOutcome, runOncePerPeriod } from "./run-once.ts";

export const BACKUP_JOB = "backup";

/**
 * The daily backup (BACKUP_CRON): at most once per day across restarts and instances (the day is
 * claimed first), an online copy checked with `PRAGMA integrity_check`, then rotation. When it
 * fails, the outbox tells each admin once (the claim means it is not retried, so not repeated).
 */
export async function runScheduledBackup(deps: JobDeps, now: Date): Promise<ClaimedRunOutcome> {
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
      await recordBackupFailure(jobContext(deps, now), { period: claim.period, error });
      throw error;
    }
  });
}
