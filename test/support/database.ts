import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { testKeyring } from "./keys.ts";
import { createFromTemplate } from "./postgres.ts";

export interface TestDatabase {
  db: Database;
  url: string;
  close: () => Promise<void>;
}

/** A fresh, migrated database of its own (a copy of the run's template), opened through Prisma. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = await copyTemplateDatabase();
  const db = await openDatabase(url, testKeyring);
  return { db, url, close: () => db.$disconnect() };
}

/**
 * A fresh migrated database, for tests that open it themselves (e.g. by starting the bot): a
 * copy of the run's SQLite template file, or on PostgreSQL a database created from the run's
 * template database.
 */
export async function copyTemplateDatabase(): Promise<string> {
  const postgres = inject("postgresTemplate");
  if (postgres)
    return createFromTemplate(postgres, `${inject("postgresPrefix")}_${randomUUID().slice(0, 8)}`);
  return copySqliteTemplate();
}

/** A fresh migrated SQLite file, whatever the run's database (for SQLite-only features). */
export function copySqliteTemplate(): string {
  const template = inject("databaseTemplate");
  const file = path.join(path.dirname(template), `${randomUUID()}.db`);
  copyFileSync(template, file);
  return `file:${file}`;
}

/** A URL for an SQLite file that does not exist yet (the bot must create and migrate it). */
export function unmigratedDatabaseUrl(): string {
  return `file:${path.join(path.dirname(inject("databaseTemplate")), `${randomUUID()}-new.db`)}`;
}
