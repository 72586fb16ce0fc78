import type { Prisma } from "../generated/prisma/client.ts";
import type { Database } from "./client.ts";
import type { SqliteConnection } from "./sqlite-connection.ts";
import { sqliteStatements } from "./sqlite-statements.ts";

/** Free text in raw SQL: encrypted before it is written, decrypted after it is read. */
export interface FreeText {
  $encryptFreeText(text: string): string;
  $decryptFreeText(stored: string): string;
}

/**
 * What raw statements need: Prisma's client or one of its transactions, or, on SQLite, the
 * connection itself (`sqlOf`, `sqlTransaction`), which runs the same SQL without Prisma's
 * cost. Functions that take `Sql` write only raw SQL, so they run on either.
 */
export interface Sql extends FreeText {
  $queryRaw<T = unknown>(
    query: TemplateStringsArray | Prisma.Sql,
    ...values: unknown[]
  ): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
}

const direct = new WeakMap<Database, { connection: SqliteConnection; sql: Sql }>();

/** Lets `sqlOf` and `sqlTransaction` run this SQLite client's raw SQL on its connection. */
export function runRawSqlDirectly(db: Database, connection: SqliteConnection): void {
  direct.set(db, { connection, sql: sqliteStatements(connection, db) });
}

/** SQLite's connection under this client, when raw SQL runs on it; undefined on PostgreSQL. */
export function sqliteConnectionOf(db: Database): SqliteConnection | undefined {
  return direct.get(db)?.connection;
}

/** Where raw statements outside a transaction run: SQLite's connection, else the client. */
export function sqlOf(db: Database): Sql {
  return direct.get(db)?.sql ?? db;
}

/**
 * Runs `work` in one transaction, in turn with every other (Prisma's included). Everything
 * `work` does must go through the `Sql` it is given.
 */
export function sqlTransaction<T>(db: Database, work: (sql: Sql) => Promise<T>): Promise<T> {
  const sqlite = direct.get(db);
  if (!sqlite) return db.$transaction((tx) => work(tx));
  return sqlite.connection.transaction(() => work(sqlite.sql));
}
