import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: string;
  }
}

/**
 * Migrates one template database through the real Prisma CLI; each test copies it.
 * Every run gets a folder of its own, so runs side by side never share files.
 */
export default function setup(project: TestProject): () => void {
  const folder = path.resolve("test-output", "db", `run-${process.pid}-${Date.now()}`);
  mkdirSync(folder, { recursive: true });
  const template = path.join(folder, "template.db");
  applyMigrations(`file:${template}`);
  project.provide("databaseTemplate", template);
  return () => rmSync(folder, { recursive: true, force: true });
}
