import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pendingSchemaChange } from "./prisma-cli.ts";

// Authors prisma/migrations/<timestamp>_<name>/migration.sql from the schema change.
// (`prisma migrate dev` does not work with the JS engine; see the README.)
const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  process.stderr.write("Name the migration: npm run db:new-migration -- add_reminder_settings\n");
  process.exit(1);
}
const { drifted, sql } = pendingSchemaChange();
if (!drifted) {
  process.stdout.write(
    "No schema change to migrate: prisma/schema.prisma matches the migrations.\n",
  );
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
process.stdout.write(`Wrote ${folder}/migration.sql. Review it, then run npm run db:deploy.\n`);
