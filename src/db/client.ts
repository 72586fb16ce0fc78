import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { ensureDatabaseFolder } from "./database-url.ts";

export type Database = PrismaClient;

/** How long a writer waits for another writer's lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

/** Opens the database: one client for the whole process, WAL on, busy timeout set. */
export async function openDatabase(url: string): Promise<Database> {
  ensureDatabaseFolder(url);
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}

/** True while the database answers a trivial query. */
export async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
