import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as PostgresPrismaClient } from "../../generated/postgres/client.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";

/** Connections each process may hold; a transaction holds one until it ends. */
const POOL_SIZE = 10;
/** How long a statement may wait for a lock before it fails (as SQLite's busy timeout). */
const LOCK_TIMEOUT_MS = 5_000;
/** The advisory lock every transaction takes first: any constant, the same in every replica. */
const WRITE_LOCK_KEY = 8_274_135;

/**
 * A PostgreSQL client with the same models and the same transaction guarantee as SQLite's:
 * transactions run one at a time across every process on the database (see below). Typed as
 * the SQLite client: both are generated from one model, and the code uses what both support.
 */
export function openPostgresClient(url: string): PrismaClient {
  const factory = oneTransactionAtATime(
    new PrismaPg({
      connectionString: url,
      max: POOL_SIZE,
      options: `-c lock_timeout=${LOCK_TIMEOUT_MS}`,
    }),
  );
  return new PostgresPrismaClient({ adapter: factory }) as unknown as PrismaClient;
}

/**
 * Every transaction first takes one advisory lock, held until it commits or rolls back, so
 * transactions across replicas run one after another, as under SQLite's `BEGIN IMMEDIATE`. Use
 * cases written for SQLite (read, check, then write) stay correct without each one being
 * reviewed for PostgreSQL's concurrent reads. Single statements outside a transaction (the
 * outbox's claim with `FOR UPDATE SKIP LOCKED`, reads) do not wait for it.
 */
export function oneTransactionAtATime(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const transaction = await startTransaction(isolationLevel);
        await transaction.executeRaw({
          sql: `SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`,
          args: [],
          argTypes: [],
        });
        return transaction;
      };
      return adapter;
    },
  };
}
