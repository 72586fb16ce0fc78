import type BetterSqlite3 from "better-sqlite3";
import { Prisma } from "../generated/prisma/client.ts";
import type { FreeText, Sql } from "./sql.ts";
import type { SqliteConnection } from "./sqlite-connection.ts";

/**
 * Raw SQL run on SQLite's connection directly. Prisma compiles every query, raw ones included,
 * before running it, which cost the logging path most of its CPU (see bench/run.ts); this runs
 * the same statements with the same arguments and gives back what Prisma's `$queryRaw` would
 * (test/db/sqlite-statements.test.ts compares the two).
 */
export function sqliteStatements(connection: SqliteConnection, freeText: FreeText): Sql {
  return {
    $queryRaw: <T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) =>
      settle(() => rows(connection, sqlOf(query, values)) as T),
    $executeRaw: (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) =>
      settle(() => changes(connection, sqlOf(query, values))),
    $encryptFreeText: (text) => freeText.$encryptFreeText(text),
    $decryptFreeText: (stored) => freeText.$decryptFreeText(stored),
  };
}

function sqlOf(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): Prisma.Sql {
  return query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
}

function settle<T>(run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error);
  }
}

function changes(connection: SqliteConnection, sql: Prisma.Sql): number {
  return connection.prepare(sql.sql).run(...sql.values.map(argument)).changes;
}

function rows(connection: SqliteConnection, sql: Prisma.Sql): Record<string, unknown>[] {
  const statement = connection.prepare(sql.sql);
  const args = sql.values.map(argument);
  if (!statement.reader) {
    statement.run(...args);
    return [];
  }
  const columns = columnsOf(statement);
  return statement
    .raw(true)
    .all(...args)
    .map((row) => {
      const values = row as unknown[];
      const result: Record<string, unknown> = {};
      columns.forEach(({ name, read }, i) => {
        result[name] = read?.(values[i]) ?? values[i];
      });
      return result;
    });
}

/** A prepared statement's columns never change: read once, with how each value is read back. */
const columnsByStatement = new WeakMap<
  BetterSqlite3.Statement,
  { name: string; read: Reader | undefined }[]
>();

function columnsOf(statement: BetterSqlite3.Statement) {
  let columns = columnsByStatement.get(statement);
  if (!columns) {
    columns = statement.columns().map((column) => ({
      name: column.name,
      read: readerFor(column.type),
    }));
    columnsByStatement.set(statement, columns);
  }
  return columns;
}

/** An argument as Prisma's SQLite adapter binds it: booleans as 1 or 0, times as ISO text. */
function argument(value: unknown): unknown {
  if (value === undefined) throw new TypeError("A raw statement was given undefined");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return value;
}

type Reader = (value: unknown) => unknown;

const asNumber: Reader = (value) => (typeof value === "bigint" ? Number(value) : value);
const asDate: Reader = (value) =>
  typeof value === "string" || typeof value === "number" || typeof value === "bigint"
    ? new Date(typeof value === "string" ? value : Number(value))
    : value;
const asBoolean: Reader = (value) =>
  typeof value === "bigint" || typeof value === "number" ? Number(value) !== 0 : value;

/**
 * How Prisma reads a column of this declared type back from a raw query: the connection gives
 * every integer as a BigInt, and Prisma turns 32-bit ones into numbers, DATETIME text into
 * dates and BOOLEAN into booleans. A column with no declared type (an expression) keeps the
 * value SQLite gave.
 */
function readerFor(declared: string | null): Reader | undefined {
  switch (declared?.toUpperCase()) {
    case "TINYINT":
    case "SMALLINT":
    case "MEDIUMINT":
    case "INT":
    case "INTEGER":
    case "SERIAL":
    case "INT2":
    case "REAL":
    case "FLOAT":
    case "DOUBLE":
    case "DOUBLE PRECISION":
    case "NUMERIC":
      return asNumber;
    case "DATETIME":
    case "TIMESTAMP":
      return asDate;
    case "BOOLEAN":
      return asBoolean;
    default:
      return undefined;
  }
}
