import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { testKeyring } from "./keys.ts";

export interface TestDatabase {
  db: Database;
  url: string;
  close: () => Promise<void>;
}

/** A fresh, migrated SQLite file of its own (a copy of the run's template), opened through Prisma. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = copyTemplateDatabase();
  const db = await openDatabase(url, testKeyring);
  return { db, url, close: () => db.$disconnect() };
}

/** A fresh migrated database file, for tests that open it themselves (e.g. by starting the bot). */
export function copyTemplateDatabase(): string {
  const template = inject("databaseTemplate");
  const file = path.join(path.dirname(template), `${randomUUID()}.db`);
  copyFileSync(template, file);
  return `file:${file}`;
}

/** A URL for a database file that does not exist yet (the bot must create and migrate it). */
export function unmigratedDatabaseUrl(): string {
  return `file:${path.join(path.dirname(inject("databaseTemplate")), `${randomUUID()}-new.db`)}`;
}
