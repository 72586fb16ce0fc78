import { mkdirSync } from "node:fs";
import path from "node:path";

/** The embedded default: an SQLite file under ./data/, relative to the working directory. */
export const DEFAULT_DATABASE_URL = "file:./data/balint-pathway.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/** `file:` is SQLite; `postgres://` or `postgresql://` is a PostgreSQL server. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be an SQLite "file:" URL or a "postgres://" URL, got "${url.split(":")[0]}:…"`,
  );
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The file a `file:` URL names, resolved from the working directory (as Prisma does). */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be an SQLite "file:" URL, got "${url.split(":")[0]}:…"`);
  }
  return path.resolve(url.slice("file:".length).split("?")[0] ?? "");
}

/** SQLite creates the file but not its folder; a PostgreSQL server needs nothing here. */
export function ensureDatabaseFolder(url: string): void {
  if (isPostgresUrl(url)) return;
  mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
}

/** The same server with another database name (a test's copy, a shadow database). */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
