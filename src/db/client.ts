import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.ts";
import { type DatabaseProvider, ensureDatabaseFolder, isPostgresUrl } from "./database-url.ts";
import { encryptionExtension } from "./encryption/extension.ts";
import type { Keyring } from "./encryption/keyring.ts";
import { openPostgresClient } from "./postgres/client.ts";

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
 * PostgreSQL (a `postgres://` URL): a connection pool (see postgres/client.ts).
 */
export async function openDatabase(url: string, keyring: Keyring): Promise<Database> {
  if (isPostgresUrl(url)) {
    const db = withEncryption(openPostgresClient(url), keyring);
    providers.set(db, "postgresql");
    return db;
  }
  ensureDatabaseFolder(url);
  const adapter = writeLockingAtBegin(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }));
  const db = withEncryption(new PrismaClient({ adapter }), keyring);
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}

interface PreparingClient {
  prepare(sql: string): unknown;
}

/**
 * Every transaction takes SQLite's write lock when it starts (`BEGIN IMMEDIATE`). The adapter
 * starts them with a plain `BEGIN`, and a deferred transaction that reads and then writes
 * fails at once with "database is locked" when another process holds the lock; an immediate
 * one waits its turn within the busy timeout instead.
 */
export function writeLockingAtBegin(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const client = (adapter as unknown as { client: PreparingClient }).client;
      const prepare = client.prepare.bind(client);
      client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
      return adapter;
    },
  };
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
