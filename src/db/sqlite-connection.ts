import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";

/** How many prepared statements a connection keeps for reuse. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The bot's one SQLite connection, shared by Prisma and the raw statements that skip it
 * (src/db/sqlite-statements.ts). Transactions, Prisma's and ours, run one at a time.
 */
export interface SqliteConnection {
  /** A prepared statement, reused across calls (better-sqlite3 prepares in C). */
  prepare(sql: string): BetterSqlite3.Statement;
  /** Waits for every earlier transaction to end; the function returned ends this one's turn. */
  takeTurn(): Promise<() => void>;
  /** Runs `work` between `BEGIN IMMEDIATE` and `COMMIT`, in its turn; rolls back if it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * The adapter's connection, with three changes:
 * - every transaction takes SQLite's write lock when it starts (`BEGIN IMMEDIATE`). The adapter
 *   starts them with a plain `BEGIN`, and a deferred transaction that reads and then writes
 *   fails at once with "database is locked" when another process holds the lock; an immediate
 *   one waits its turn within the busy timeout instead;
 * - transactions queue on a lock of our own, which raw transactions share. The adapter's own
 *   lock stays held for ever when `BEGIN` fails (another process kept the write lock past the
 *   busy timeout), which would stall every later transaction; ours is released;
 * - statements are prepared once and reused: the adapter prepares every query anew, which cost
 *   a tenth of the bot's CPU under load (see bench/run.ts).
 *
 * `connected` receives the connection once Prisma opens it.
 */
export function tunedAdapter(
  factory: SqlDriverAdapterFactory,
  connected: (connection: SqliteConnection) => void,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
      const connection = sqliteConnection(client);
      reuseStatements(client, connection);
      startTransactionsInTurn(adapter, connection);
      connected(connection);
      return adapter;
    },
  };
}

function sqliteConnection(client: BetterSqlite3.Database): SqliteConnection {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = client.prepare.bind(client);
  let turn: Promise<void> = Promise.resolve();
  const connection: SqliteConnection = {
    prepare: (sql) => {
      let statement = cache.get(sql);
      if (statement) cache.delete(sql);
      else statement = prepare(sql);
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? "");
      return statement;
    },
    takeTurn: async () => {
      const previous = turn;
      let release = () => {};
      turn = new Promise((resolve) => {
        release = resolve;
      });
      await previous;
      return release;
    },
    transaction: async (work) => {
      const release = await connection.takeTurn();
      try {
        connection.prepare("BEGIN IMMEDIATE").run();
        try {
          const result = await work();
          connection.prepare("COMMIT").run();
          return result;
        } catch (error) {
          if (client.inTransaction) connection.prepare("ROLLBACK").run();
          throw error;
        }
      } finally {
        release();
      }
    },
  };
  return connection;
}

/** What the adapter calls on a statement: `bind(args)`, then `run`, `columns` or `raw().all`. */
function reuseStatements(client: BetterSqlite3.Database, connection: SqliteConnection): void {
  (client as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    const statement = connection.prepare(sql);
    // better-sqlite3 binds a statement's parameters only once, so they are passed with each
    // call instead. Each call runs to completion, so one statement serves every query.
    const bound = (args: unknown[]) => ({
      reader: statement.reader,
      run: () => statement.run(...args),
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(...args) }),
    });
    return { ...bound([]), bind: bound };
  };
}

/**
 * Prisma's transactions take their turn like ours. Prisma sends `COMMIT` or `ROLLBACK` itself,
 * then calls `commit()` or `rollback()`, which ends the turn.
 */
function startTransactionsInTurn(adapter: SqlDriverAdapter, connection: SqliteConnection): void {
  adapter.startTransaction = async () => {
    const release = await connection.takeTurn();
    try {
      await adapter.executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] });
    } catch (error) {
      release();
      throw error;
    }
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => adapter.executeRaw(query),
      commit: async () => release(),
      rollback: async () => release(),
    };
  };
}
