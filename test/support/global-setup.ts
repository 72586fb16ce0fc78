import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../src/db/migrate.ts";

/** Migrates one template database through the real Prisma CLI; each test copies it. */
export const TEMPLATE_DIR = path.resolve("test-output/db");
export const TEMPLATE_FILE = path.join(TEMPLATE_DIR, "template.db");

export default function setup(): void {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  applyMigrations(`file:${TEMPLATE_FILE}`);
}
