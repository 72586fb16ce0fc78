import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { TEMPLATE_DIR, TEMPLATE_FILE } from "./global-setup.ts";

export interface TestDatabase {
  db: Database;
  url: string;
  close: () => Promise<void>;
}

/** A fresh, migrated SQLite file of its own, opened through Prisma. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const file = path.join(TEMPLATE_DIR, `${randomUUID()}.db`);
  copyFileSync(TEMPLATE_FILE, file);
  const url = `file:${file}`;
  const db = await openDatabase(url);
  return { db, url, close: () => db.$disconnect() };
}
