import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";
import {
  DEFAULT_DATABASE_URL,
  ensureDatabaseFolder,
  isPostgresUrl,
} from "./src/db/database-url.ts";
import { postgresMigrateAdapter } from "./src/db/postgres/migrate-adapter.ts";

// Prisma config turns off .env loading, so the default is ours to set.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;
ensureDatabaseFolder(url);
// Any existing file will do: without it the CLI turns every error into a failed engine download.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("prisma/schema.prisma");

/**
 * The better-sqlite3 adapter, with one change for `migrate diff --from-migrations`: the shadow
 * database runs each migration file as one raw call, and better-sqlite3 refuses multi-statement
 * strings there, so a parameterless raw call runs as a script instead.
 */
function sqliteAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => {
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      };
      return shadow;
    },
  };
}

// The URL picks the provider: PostgreSQL has its own generated schema and migrations.
const postgres = isPostgresUrl(url);

export default defineConfig({
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (postgres ? postgresMigrateAdapter(url) : sqliteAdapter(url)),
});
