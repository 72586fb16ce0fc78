import { type Database, providerOf } from "./client.ts";

/**
 * Rewrites the database so that deleted rows leave no bytes behind. SQLite: VACUUM, then the
 * write-ahead log is copied in and emptied. PostgreSQL: VACUUM FULL, which rewrites each table
 * (each locked while it is rewritten: a moment for a society's data). Runs outside any transaction.
 */
export async function compactDatabase(db: Database): Promise<void> {
  if (providerOf(db) === "postgresql") {
    await db.$executeRawUnsafe("VACUUM FULL");
    return;
  }
  await db.$executeRawUnsafe("VACUUM");
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}
