import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/**
 * The SQL that takes the database from the committed migrations to prisma/schema.prisma.
 * Runs the committed migrations in an in-memory shadow database (see prisma.config.ts).
 * `drifted` is false when the two agree.
 */
export function pendingSchemaChange(): { drifted: boolean; sql: string } {
  const args = [
    cli,
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
    "--exit-code",
  ];
  try {
    const sql = execFileSync(process.execPath, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { drifted: false, sql };
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string };
    if (failure.status === 2) return { drifted: true, sql: failure.stdout ?? "" };
    throw new Error(`prisma migrate diff failed:\n${failure.stderr ?? ""}${failure.stdout ?? ""}`);
  }
}
