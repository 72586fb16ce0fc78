import pg from "pg";
import { applyMigrations, migrationNames } from "../migrate.ts";

/** Our own advisory lock around the migrate step: any constant, the same in every replica. */
const MIGRATE_LOCK_KEY = 8_274_136;

/**
 * Applies pending migrations to a PostgreSQL database, one process at a time. Replicas starting
 * together queue on an advisory lock of our own (no timeout, unlike `prisma migrate deploy`'s
 * 10 s lock, which failed with P1002); each re-checks once it holds the lock, so only the first
 * runs the Prisma CLI, and a start with nothing pending (a restart beside a serving replica)
 * never runs it.
 */
export async function migratePostgresOnce(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK_KEY]);
    if ((await pendingPostgresMigrations(client)).length > 0) applyMigrations(url);
  } finally {
    // Ending the session releases the lock too, including after a failed migration.
    await client.end();
  }
}

/** The committed PostgreSQL migrations not yet applied (a failed one counts as not applied). */
async function pendingPostgresMigrations(client: pg.Client): Promise<string[]> {
  const { rows: table } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
  );
  if (!table[0]?.exists) return migrationNames("postgresql");
  const { rows } = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return migrationNames("postgresql").filter((name) => !applied.has(name));
}
