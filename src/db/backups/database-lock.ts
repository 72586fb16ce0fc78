import SQLite from "better-sqlite3";

/**
 * A running bot holds a shared lock on `<database>.lock` (a tiny SQLite file) for as long as it
 * runs; `npm run db:restore` refuses when it cannot take that file exclusively. The operating
 * system drops the lock when the process ends, however it ends, so a crash leaves nothing stale,
 * and it holds across containers that share the data volume.
 */
export function lockFileFor(databaseFile: string): string {
  return `${databaseFile}.lock`;
}

export interface HeldLock {
  release: () => void;
}

/** Takes the running bot's shared lock (several instances may hold it at once). */
export function holdDatabaseLock(databaseFile: string): HeldLock {
  const file = lockFileFor(databaseFile);
  const setup = new SQLite(file, { timeout: 5_000 });
  try {
    setup.exec("CREATE TABLE IF NOT EXISTS running_bot (note TEXT)");
  } finally {
    setup.close();
  }
  const lock = new SQLite(file, { readonly: true, timeout: 5_000 });
  // In exclusive locking mode the first read takes a shared lock and keeps it until close.
  lock.pragma("locking_mode = EXCLUSIVE");
  lock.prepare("SELECT count(*) FROM running_bot").get();
  return { release: () => lock.close() };
}

/** True while some process (a running bot) holds the database's lock. */
export function databaseInUse(databaseFile: string): boolean {
  let probe: SQLite.Database;
  try {
    probe = new SQLite(lockFileFor(databaseFile), { fileMustExist: true, timeout: 0 });
  } catch {
    return false; // no lock file: no bot has run on this database here
  }
  try {
    probe.exec("BEGIN EXCLUSIVE");
    probe.exec("ROLLBACK");
    return false;
  } catch (error) {
    if (error instanceof SQLite.SqliteError && error.code.startsWith("SQLITE_BUSY")) return true;
    throw error;
  } finally {
    probe.close();
  }
}
