import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expectedPostgresSchema, POSTGRES, SQLITE } from "./postgres/schema.ts";
import { pendingSchemaChange, postgresSchemaChange, runPrisma } from "./prisma-cli.ts";

// Authors one migration per provider from a change to prisma/schema.prisma (the source of
// truth), and regenerates prisma/postgres/schema.prisma and both Prisma clients.
// (`prisma migrate dev` does not work with the JS engine; see the README.)
const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  process.stderr.write("Name the migration: npm run db:new-migration -- add_reminder_settings\n");
  process.exit(1);
}
const sqlite = pendingSchemaChange();
const postgresSchema = expectedPostgresSchema();
const committedPostgres = existsSync(POSTGRES.schema) ? readFileSync(POSTGRES.schema, "utf8") : "";
if (!sqlite.drifted && committedPostgres === postgresSchema) {
  process.stdout.write(
    "No schema change to migrate: prisma/schema.prisma matches the migrations.\n",
  );
  process.exit(0);
}
const folderName = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
const written: string[] = [];
const writeMigration = (migrations: string, sql: string) => {
  const folder = path.join(migrations, folderName);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  written.push(path.relative(process.cwd(), path.join(folder, "migration.sql")));
};

// The new PostgreSQL schema goes beside the old one first, so the diff compares the two.
const next = path.join(mkdtempSync(path.join(tmpdir(), "balint-schema-")), "schema.prisma");
writeFileSync(next, postgresSchema);
if (sqlite.drifted) {
  writeMigration(SQLITE.migrations, sqlite.sql);
  const from = committedPostgres ? POSTGRES.schema : undefined;
  writeMigration(POSTGRES.migrations, postgresSchemaChange(from, next));
}
rmSync(path.dirname(next), { recursive: true });
mkdirSync(path.dirname(POSTGRES.schema), { recursive: true });
writeFileSync(POSTGRES.schema, postgresSchema);
runPrisma(["generate", "--schema", SQLITE.schema]);
runPrisma(["generate", "--schema", POSTGRES.schema]);
process.stdout.write(
  `${written.map((file) => `Wrote ${file}.`).join("\n")}\nRegenerated prisma/postgres/schema.prisma and both clients. Review the SQL (a change that reshapes data needs the same care in both), then run npm run db:deploy.\n`,
);
