import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.ts";
import { type DatabaseProvider, ensureDatabaseFolder, isPostgresUrl } from "./database-url.ts";
import { encryptionExtension } from "./encryption/extension.ts";
import type { Keyring } from "./encryption/keyring.ts";

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
    // Loaded only for PostgreSQL: its client and driver cost SQLite users memory for nothing.
    const { openPostgresClient } = await import("./postgres/client.ts");
    const db = withEncryption(openPostgresClient(url), keyring);
    providers.set(db, "postgresql");
    return db;
  }
  ensureDatabaseFolder(url);
  const adapter = tunedAdapter(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }));
  const db = withEncryption(new PrismaClient({ adapter }), keyring);
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}

/** How many prepared statements a connection keeps for reuse. */
const STATEMENT_CACHE_SIZE = 500;

/** The part of a better-sqlite3 statement that the Prisma adapter uses. */
interface Statement {
  readonly reader: boolean;
  run(args?: unknown[]): unknown;
  columns(): unknown[];
  raw(on: boolean): { all(args: unknown[]): unknown[] };
}

interface PreparingClient {
  prepare(sql: string): unknown;
}

/**
 * The adapter's connection, with two changes:
 * - every transaction takes SQLite's write lock when it starts (`BEGIN IMMEDIATE`). The adapter
 *   starts them with a plain `BEGIN`, and a deferred transaction that reads and then writes
 *   fails at once with "database is locked" when another process holds the lock; an immediate
 *   one waits its turn within the busy timeout instead;
 * - statements are prepared once and reused: the adapter prepares every query anew, which cost
 *   a tenth of the bot's CPU under load (see bench/run.ts).
 */
export function tunedAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const client = (adapter as unknown as { client: PreparingClient }).client;
      const prepare = client.prepare.bind(client) as (sql: string) => Statement;
      const cache = new Map<string, Statement>();
      client.prepare = (sql: string) => {
        const text = sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql;
        let statement = cache.get(text);
        if (statement) cache.delete(text);
        else statement = prepare(text);
        cache.set(text, statement);
        if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? "");
        return reusable(statement);
      };
      return adapter;
    },
  };
}

/**
 * What the adapter calls on a fresh statement (`bind(args)` then `run`, `columns`, `raw().all`),
 * on a cached one: better-sqlite3 binds a statement's parameters only once, so they are passed
 * with each call instead. Each call runs to completion, so one statement serves every query.
 */
function reusable(statement: Statement) {
  const bound = (args: unknown[]) => ({
    reader: statement.reader,
    run: () => statement.run(args),
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  return { ...bound([]), bind: bound };
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
