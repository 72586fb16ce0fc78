import type { Database } from "./client.ts";
import { sqliteConnectionOf } from "./sql.ts";

/** How often the write-ahead log is copied into the database file. */
const CHECKPOINT_EVERY_MS = 1_000;
/** Under unbroken load, the longest time between checkpoints, requests in flight or not. */
const CHECKPOINT_AT_LEAST_EVERY_MS = 5_000;
/** SQLite's own threshold, in pages, restored when the bot stops. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1_000;

/**
 * SQLite copies its write-ahead log into the database file (a checkpoint) inside whichever
 * commit takes the log past 1,000 pages, so one request in a few hundred waited for the copy
 * and its fsync: most of the logging path's p99 (see bench/run.ts). Instead the bot checkpoints
 * every second, between transactions and while no request is in flight (`quiet`), so each copy
 * is small and no acknowledgement waits for one. Returns the function that stops it and gives
 * checkpoints back to SQLite. PostgreSQL: nothing to do.
 */
export function checkpointBetweenRequests(
  db: Database,
  quiet: () => boolean,
  logger: { warn(message: string, details: object): void },
): () => void {
  const connection = sqliteConnectionOf(db);
  if (!connection) return () => {};
  connection.prepare(`PRAGMA wal_autocheckpoint = 0`).get();
  let last = Date.now();
  const checkpoint = async () => {
    const release = await connection.takeTurn();
    try {
      connection.prepare("PRAGMA wal_checkpoint(PASSIVE)").get();
    } finally {
      release();
    }
  };
  const timer = setInterval(() => {
    if (!quiet() && Date.now() - last < CHECKPOINT_AT_LEAST_EVERY_MS) return;
    last = Date.now();
    checkpoint().catch((error: unknown) => {
      logger.warn("Could not checkpoint the database's write-ahead log", { error: String(error) });
    });
  }, CHECKPOINT_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    connection.prepare(`PRAGMA wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`).get();
  };
}
