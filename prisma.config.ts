import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, ensureDatabaseFolder } from "./src/db/database-url.ts";

// Prisma config turns off .env loading, so the default is ours to set.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
ensureDatabaseFolder(process.env.DATABASE_URL);
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

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => sqliteAdapter(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL),
});
