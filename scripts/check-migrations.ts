import { existsSync, readFileSync } from "node:fs";
import { isPostgresUrl } from "../src/db/database-url.ts";
import { unpairedMigrations } from "./postgres/migration-names.ts";
import { expectedPostgresSchema, POSTGRES } from "./postgres/schema.ts";
import { pendingSchemaChange, postgresMigrationsDrift } from "./prisma-cli.ts";

// Fails when the schema and the committed migrations disagree, on either provider.
const fix = "Run `npm run db:new-migration -- <name>` and commit what it writes.";
const fail = (problem: string): never => {
  process.stderr.write(`${problem}\n${fix}\n`);
  process.exit(1);
};

const sqlite = pendingSchemaChange();
if (sqlite.drifted)
  fail(`prisma/schema.prisma has changes that no migration holds.\n\n${sqlite.sql}`);

const committed = existsSync(POSTGRES.schema) ? readFileSync(POSTGRES.schema, "utf8") : "";
if (committed !== expectedPostgresSchema()) {
  fail("prisma/postgres/schema.prisma is not the one generated from prisma/schema.prisma.");
}
const unpaired = unpairedMigrations();
if (unpaired.length > 0)
  fail(`The two providers' migrations do not pair up:\n${unpaired.join("\n")}`);

// Replaying PostgreSQL's migrations needs a server: the tests' one when there is one.
const server = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find(
  (url) => url !== undefined && isPostgresUrl(url),
);
if (server) {
  const postgres = postgresMigrationsDrift(server);
  if (postgres.drifted) {
    fail(
      `prisma/postgres/migrations do not build prisma/postgres/schema.prisma.\n\n${postgres.sql}`,
    );
  }
  process.stdout.write("Schema and migrations agree, on SQLite and on PostgreSQL.\n");
} else {
  process.stdout.write(
    "Schema and migrations agree on SQLite; PostgreSQL's schema is generated and its migrations pair up (set TEST_DATABASE_URL to a postgres:// URL to replay them too).\n",
  );
}
