import path from "node:path";

/**
 * Backup files are named after the database and the moment (UTC), e.g.
 * `balint-pathway-2026-12-02T023000Z.db`, or `…Z-before-migrations.db` for the copy taken
 * before `npm start` applies migrations. Only files named so are ever rotated away.
 */
export function backupFileName(databaseFile: string, at: Date, reason?: string): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const day = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
  return `${baseName(databaseFile)}-${day}${stamp.slice(8)}${reason ? `-${reason}` : ""}.db`;
}

/** The moment a backup was taken, from its name; undefined for any other file. */
export function backupTakenAt(databaseFile: string, fileName: string): Date | undefined {
  const prefix = `${baseName(databaseFile)}-`;
  if (!fileName.startsWith(prefix)) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z(-[a-z-]+)?\.db$/.exec(
    fileName.slice(prefix.length),
  );
  if (!match) return undefined;
  const [, day, hours, minutes, seconds] = match;
  const at = new Date(`${day}T${hours}:${minutes}:${seconds}Z`);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

function baseName(databaseFile: string): string {
  return path.basename(databaseFile).replace(/\.(db|sqlite3?)$/, "");
}
