import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { databaseProvider, ensureDatabaseFolder } from "../database-url.ts";
import { migrationNames } from "../migrate.ts";
import { openPostgresClient } from "../postgres/client.ts";
import { type SchemaTable, schemaTables } from "./schema-tables.ts";

const PAGE = 1_000;

/** A client without the encryption extension: encrypted columns are read and written as stored. */
export function openStoredValuesClient(url: string): PrismaClient {
  if (databaseProvider(url) === "postgresql") return openPostgresClient(url);
  ensureDatabaseFolder(url);
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

interface ModelDelegate {
  count(): Promise<number>;
  findMany(args: { orderBy: Record<string, "asc">; skip: number; take: number }): Promise<object[]>;
  createMany(args: { data: object[] }): Promise<{ count: number }>;
}

function delegateOf(client: unknown, table: SchemaTable): ModelDelegate {
  return (client as Record<string, ModelDelegate>)[table.delegate] as ModelDelegate;
}

export interface CopiedTable {
  table: string;
  rows: number;
}

/**
 * Copies every row of every table from `source` to `target` (both migrated to the same
 * schema), parents first, as stored (encrypted text stays encrypted under the same key), in one
 * transaction on the target. Refuses a target holding any row; checks the counts table by table.
 */
export async function copyDatabase(sourceUrl: string, targetUrl: string): Promise<CopiedTable[]> {
  const tables = schemaTables();
  const source = openStoredValuesClient(sourceUrl);
  const target = openStoredValuesClient(targetUrl);
  try {
    await requireUpToDate(source, sourceUrl, "source");
    await requireUpToDate(target, targetUrl, "target");
    for (const table of tables) {
      const rows = await delegateOf(target, table).count();
      if (rows > 0) {
        throw new Error(
          `The target is not empty: ${table.table} holds ${rows} rows. Copy into an empty, migrated database.`,
        );
      }
    }
    const copied = await target.$transaction(
      async (tx) => {
        const counts: CopiedTable[] = [];
        for (const table of tables) {
          let rows = 0;
          for (let skip = 0; ; skip += PAGE) {
            const page = await delegateOf(source, table).findMany({
              orderBy: { [table.idField]: "asc" },
              skip,
              take: PAGE,
            });
            if (page.length === 0) break;
            rows += (await delegateOf(tx, table).createMany({ data: page })).count;
          }
          counts.push({ table: table.table, rows });
        }
        if (databaseProvider(targetUrl) === "postgresql") await followSequences(tx, tables);
        return counts;
      },
      { timeout: 60 * 60_000, maxWait: 60_000 },
    );
    for (const { table, rows } of copied) {
      const model = tables.find((t) => t.table === table) as SchemaTable;
      const [inSource, inTarget] = await Promise.all([
        delegateOf(source, model).count(),
        delegateOf(target, model).count(),
      ]);
      if (inSource !== inTarget || inTarget !== rows) {
        throw new Error(
          `${table}: the source holds ${inSource} rows, the target ${inTarget} (copied ${rows}).`,
        );
      }
    }
    return copied;
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}

/** Both sides must have every committed migration applied, so their tables are the same. */
async function requireUpToDate(client: PrismaClient, url: string, side: string): Promise<void> {
  const applied = await client
    .$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    .catch(() => []);
  const names = new Set(applied.map((row) => row.migration_name));
  const missing = migrationNames(databaseProvider(url)).filter((name) => !names.has(name));
  if (missing.length > 0) {
    throw new Error(
      `The ${side} database lacks migrations (${missing.join(", ")}): run DATABASE_URL=… npm run db:deploy on it first.`,
    );
  }
}

/** PostgreSQL's id sequences carry on after the copied ids, so new rows do not collide. */
async function followSequences(
  tx: { $executeRawUnsafe(sql: string): Promise<number> },
  tables: SchemaTable[],
): Promise<void> {
  for (const { table, idColumn, autoincrement } of tables) {
    if (!autoincrement) continue;
    await tx.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', '${idColumn}'), COALESCE(MAX("${idColumn}"), 1), MAX("${idColumn}") IS NOT NULL) FROM "${table}"`,
    );
  }
}
