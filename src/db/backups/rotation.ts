import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { calendarDate, isoWeek } from "../../domain/dates.ts";
import { backupTakenAt } from "./backup-names.ts";

/** How many of each to keep: the newest backup of each of the latest 7 days, 4 weeks, 12 months. */
export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

export interface Backup {
  file: string;
  takenAt: Date;
}

/**
 * Which backups to keep, in the society's time zone: for days, ISO weeks and months, the newest
 * backup in each of the latest periods that have one. Pure, so a frozen clock is not even needed.
 */
export function backupsToKeep(backups: readonly Backup[], timeZone: string): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const day = (at: Date) => calendarDate(at, timeZone);
  const rules: [(at: Date) => string, number][] = [
    [day, KEEP.daily],
    [(at) => isoWeek(day(at)), KEEP.weekly],
    [(at) => day(at).slice(0, 7), KEEP.monthly],
  ];
  const keep = new Set<string>();
  for (const [periodOf, count] of rules) {
    const periods = new Set<string>();
    for (const backup of newestFirst) {
      const period = periodOf(backup.takenAt);
      if (periods.has(period)) continue;
      if (periods.size === count) break;
      periods.add(period);
      keep.add(backup.file);
    }
  }
  return keep;
}

/** The backups of `databaseFile` in `backupDir` (other files are ignored). */
export function listBackups(databaseFile: string, backupDir: string): Backup[] {
  return readdirSync(backupDir).flatMap((name) => {
    const takenAt = backupTakenAt(databaseFile, name);
    return takenAt ? [{ file: path.join(backupDir, name), takenAt }] : [];
  });
}

/** Deletes the backups that rotation does not keep; returns the files deleted. */
export function rotateBackups(databaseFile: string, backupDir: string, timeZone: string): string[] {
  const backups = listBackups(databaseFile, backupDir);
  const keep = backupsToKeep(backups, timeZone);
  const removed = backups.filter((backup) => !keep.has(backup.file)).map((b) => b.file);
  for (const file of removed) rmSync(file, { force: true });
  return removed;
}
