import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { type DatabaseProvider, ensureDatabaseFolder, isPostgresUrl } from "./database-url.ts";
import { encryptionExtension } from "./encryption/extension.ts";
import type { Keyring } from "./encryption/keyring.ts";
import { runRawSqlDirectly } from "./sql.ts";
import { type SqliteConnection, tunedAdapter } from "./sqlite-connection.ts";

/** The client every module uses: free text is encrypted on write and decrypted on read. */
export type Database = ReturnType<typeof withEncryption>;

export function withEncryption(client: PrismaClient, keyring: Keyring) {
  return client.$extends(encryptionExtension(keyring));
}

/** How long a writer waits for another writer's lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

const providers = new WeakMap<object, DatabaseProvider>();

/** Which kind of database a client opened by `openDatabase` talks to. */
export function providerOf(db: Database): DatabaseProvider {
  return providers.get(db) ?? "sqlite";
}

/**
 * Opens the database: one client for the whole process. SQLite: WAL on, busy timeout set.
 * Raw SQL may run on the connection directly (src/db/sql.ts). PostgreSQL (a `postgres://`
 * URL): a connection pool (see postgres/client.ts).
 */
export async function openDatabase(url: string, keyring: Keyring): Promise<Database> {
  if (isPostgresUrl(url)) {
    // Loaded only for PostgreSQL: its client and driver cost SQLite users memory for nothing.
    const { openPostgresClient } = await import("./postgres/client.ts");
    const db = withEncryption(openPostgresClient(url), keyring);
    providers.set(db, "postgresql");
    return db;
  }
  ensureDatabaseFolder(url);
  // Raw SQL runs on whichever connection Prisma opened last (it opens one on first use).
  const connected = (connection: SqliteConnection) => runRawSqlDirectly(db, connection);
  const adapter = tunedAdapter(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }), (c) =>
    connected(c),
  );
  const db: Database = withEncryption(new PrismaClient({ adapter }), keyring);
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
