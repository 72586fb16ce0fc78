import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { withDatabaseName } from "../database-url.ts";

/** PostgreSQL's `name` and `"char"` types, which the adapter cannot read (prisma/orm#27403). */
const CATALOG_TEXT_TYPES = new Set([18, 19]);
const TEXT_TYPE = 25;

interface PgResult {
  fields: { dataTypeID: number }[];
}
interface PerformsIO {
  performIO(query: unknown): Promise<PgResult>;
}

/**
 * The PostgreSQL adapter for the Prisma CLI (migrate deploy, diff, status), with workarounds
 * for three bugs of migrate through `@prisma/adapter-pg` 6.19:
 * - catalog columns of type `name` or `"char"` fail to read: they are read as text;
 * - the shadow database is created but the shadow pool connects to the main database (the
 *   connection string wins over `database`): it connects by a URL naming the shadow;
 * - the shadow database is dropped while its pool is still connected: the pool ends first.
 */
export function postgresMigrateAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg({ connectionString: url });
  const connect = async (connectionString: string): Promise<SqlDriverAdapter> => {
    const adapter = await new PrismaPg({ connectionString }).connect();
    readCatalogTypesAsText(adapter);
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => connect(url),
    connectToShadowDb: async () => {
      const admin = await connect(url);
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await connect(withDatabaseName(url, name));
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

/** Patches the queryable class shared by the adapter and its transactions (CLI processes only). */
function readCatalogTypesAsText(adapter: SqlDriverAdapter): void {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as PerformsIO & {
    catalogTypesAsText?: true;
  };
  if (queryable.catalogTypesAsText) return;
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: PerformsIO, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result.fields ?? []) {
      if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE;
    }
    return result;
  };
  queryable.catalogTypesAsText = true;
}
