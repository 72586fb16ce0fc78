import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { POSTGRES, SQLITE } from "./postgres/schema.ts";

/** The SQLite config, for commands that need no database of their own. */
const SQLITE_IN_MEMORY = "file::memory:";

const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/** Runs the Prisma CLI; the URL picks the provider's schema and adapter (prisma.config.ts). */
export function runPrisma(args: string[], databaseUrl?: string): string {
  const env = databaseUrl ? { ...process.env, DATABASE_URL: databaseUrl } : process.env;
  return execFileSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** `prisma migrate diff … --script --exit-code`: `drifted` is false when the two sides agree. */
function migrateDiff(sides: string[], databaseUrl?: string): { drifted: boolean; sql: string } {
  try {
    const sql = runPrisma(["migrate", "diff", ...sides, "--script", "--exit-code"], databaseUrl);
    return { drifted: false, sql };
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string };
    if (failure.status === 2) return { drifted: true, sql: failure.stdout ?? "" };
    throw new Error(`prisma migrate diff failed:\n${failure.stderr ?? ""}${failure.stdout ?? ""}`);
  }
}

/**
 * The SQL that takes the database from the committed migrations to prisma/schema.prisma.
 * Runs the committed migrations in an in-memory shadow database (see prisma.config.ts).
 */
export function pendingSchemaChange(): { drifted: boolean; sql: string } {
  return migrateDiff(
    ["--from-migrations", SQLITE.migrations, "--to-schema-datamodel", SQLITE.schema],
    SQLITE_IN_MEMORY,
  );
}

/**
 * The PostgreSQL SQL from one schema file to another (`from` undefined: from nothing). Compares
 * the two models only, so no server is needed; the CLI runs with the SQLite config.
 */
export function postgresSchemaChange(from: string | undefined, to: string): string {
  const source = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  return migrateDiff([...source, "--to-schema-datamodel", to], SQLITE_IN_MEMORY).sql;
}

/**
 * Replays the committed PostgreSQL migrations in a shadow database on the server `url` names
 * and compares the result with prisma/postgres/schema.prisma.
 */
export function postgresMigrationsDrift(url: string): { drifted: boolean; sql: string } {
  return migrateDiff(
    ["--from-migrations", POSTGRES.migrations, "--to-schema-datamodel", POSTGRES.schema],
    url,
  );
}
