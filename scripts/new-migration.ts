import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sqliteMigrationsWithoutTwin } from "./postgres/migration-names.ts";
import { expectedPostgresSchema, POSTGRES, SQLITE } from "./postgres/schema.ts";
import { pendingSchemaChange, postgresSchemaChange, runPrisma } from "./prisma-cli.ts";

// Authors the migrations for a change to prisma/schema.prisma (the source of truth): SQLite's,
// and PostgreSQL's twin of the same name; then regenerates prisma/postgres/schema.prisma and
// both Prisma clients. SQLite migrations that arrived without a twin (a merge) get theirs too.
// (`prisma migrate dev` does not work with the JS engine; see the README.)
const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
const sqlite = pendingSchemaChange();
if (sqlite.drifted && !name) {
  process.stderr.write("Name the migration: npm run db:new-migration -- add_reminder_settings\n");
  process.exit(1);
}
const postgresSchema = expectedPostgresSchema();
const committedPostgres = existsSync(POSTGRES.schema) ? readFileSync(POSTGRES.schema, "utf8") : "";
const written: string[] = [];
const writeMigration = (migrations: string, folderName: string, sql: string) => {
  const folder = path.join(migrations, folderName);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  written.push(path.relative(process.cwd(), path.join(folder, "migration.sql")));
};

const unpaired = sqliteMigrationsWithoutTwin();
if (sqlite.drifted) {
  const folderName = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
  writeMigration(SQLITE.migrations, folderName, sqlite.sql);
  unpaired.push(folderName);
}
if (unpaired.length === 0 && committedPostgres === postgresSchema) {
  process.stdout.write(
    "No schema change to migrate: prisma/schema.prisma matches the migrations.\n",
  );
  process.exit(0);
}
if (unpaired.length > 0) {
  // The whole change since PostgreSQL's last migration goes into the newest twin; older twins
  // (SQLite migrations merged in together) say so, keeping the names paired.
  const next = path.join(mkdtempSync(path.join(tmpdir(), "balint-schema-")), "schema.prisma");
  writeFileSync(next, postgresSchema);
  const sql = postgresSchemaChange(committedPostgres ? POSTGRES.schema : undefined, next);
  rmSync(path.dirname(next), { recursive: true });
  const newest = unpaired.at(-1) ?? "";
  for (const folderName of unpaired.slice(0, -1)) {
    writeMigration(
      POSTGRES.migrations,
      folderName,
      `-- PostgreSQL's part of this change is in ${newest}.\nSELECT 1;\n`,
    );
  }
  writeMigration(POSTGRES.migrations, newest, sql);
}
mkdirSync(path.dirname(POSTGRES.schema), { recursive: true });
writeFileSync(POSTGRES.schema, postgresSchema);
runPrisma(["generate", "--schema", SQLITE.schema]);
runPrisma(["generate", "--schema", POSTGRES.schema]);
process.stdout.write(
  `${written.map((file) => `Wrote ${file}.`).join("\n")}\nRegenerated prisma/postgres/schema.prisma and both clients. Review the SQL (a change that reshapes data needs the same care in both), then run npm run db:deploy.\n`,
);
