import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { withDatabaseName } from "../../src/db/database-url.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { onServer, testPostgresUrl } from "./postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated SQLite template file. */
    databaseTemplate: string;
    /** On PostgreSQL runs: the migrated template database's URL; empty otherwise. */
    postgresTemplate: string;
    /** On PostgreSQL runs: the name every database of this run starts with. */
    postgresPrefix: string;
  }
}

/**
 * Migrates one template database through the real Prisma CLI; each test copies it. Every run
 * gets a folder (and on PostgreSQL a name prefix) of its own, so runs side by side never share.
 * With `TEST_DATABASE_URL=postgres://…` the tests' databases are PostgreSQL databases on that
 * server, dropped at the end of the run; the SQLite template still serves SQLite-only tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = path.resolve("test-output", "db", `run-${process.pid}-${Date.now()}`);
  mkdirSync(folder, { recursive: true });
  const template = path.join(folder, "template.db");
  applyMigrations(`file:${template}`);
  project.provide("databaseTemplate", template);
  const server = testPostgresUrl();
  const prefix = `balint_test_${process.pid}_${Date.now().toString(36)}`;
  project.provide("postgresPrefix", prefix);
  project.provide("postgresTemplate", "");
  if (server) {
    await onServer(server, (client) => client.query(`CREATE DATABASE "${prefix}_template"`));
    const templateUrl = withDatabaseName(server, `${prefix}_template`);
    applyMigrations(templateUrl);
    project.provide("postgresTemplate", templateUrl);
  }
  return async () => {
    rmSync(folder, { recursive: true, force: true });
    if (server) await dropRunDatabases(server, prefix);
  };
}

async function dropRunDatabases(server: string, prefix: string): Promise<void> {
  await onServer(server, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
