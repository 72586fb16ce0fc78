import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, ensureDatabaseFolder } from "./src/db/database-url.ts";

// Prisma config turns off .env loading, so the default is ours to set.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
ensureDatabaseFolder(process.env.DATABASE_URL);
// Any existing file will do: without it the CLI turns every error into a failed engine download.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("prisma/schema.prisma");

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL }),
});
