import type { Database } from "./client.ts";

/**
 * Rewrites the database file so that deleted rows leave no bytes behind (VACUUM), then copies
 * the write-ahead log into it and empties the log. Runs outside any transaction.
 */
export async function compactDatabase(db: Database): Promise<void> {
  await db.$executeRawUnsafe("VACUUM");
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}
