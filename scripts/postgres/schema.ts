import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** The source of truth: the SQLite schema and its migrations. */
export const SQLITE = {
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: path.join(root, "prisma", "migrations"),
};

/** Generated from SQLITE by `npm run db:new-migration`; never edited by hand. */
export const POSTGRES = {
  schema: path.join(root, "prisma", "postgres", "schema.prisma"),
  migrations: path.join(root, "prisma", "postgres", "migrations"),
};

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:new-migration\`: do not edit.
// The same models for PostgreSQL (DATABASE_URL=postgres://…); npm run db:check fails when the
// two differ.

`;

/**
 * The PostgreSQL schema: the SQLite one with its provider and its generated client's folder
 * changed. Nothing else differs, so every model, field and index stays the same on both.
 */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const provider = /provider\s*=\s*"sqlite"/;
  const output = /output\s*=\s*"\.\.\/src\/generated\/prisma"/;
  if (!provider.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error(
      'prisma/schema.prisma must keep provider = "sqlite" and output = "../src/generated/prisma"',
    );
  }
  return (
    HEADER +
    sqliteSchema
      .replace(output, 'output = "../../src/generated/postgres"')
      .replace(provider, 'provider = "postgresql"')
  );
}

export function expectedPostgresSchema(): string {
  return postgresSchemaFrom(readFileSync(SQLITE.schema, "utf8"));
}
