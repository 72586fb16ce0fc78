import { mkdirSync } from "node:fs";
import path from "node:path";

/** The embedded default: an SQLite file under ./data/, relative to the working directory. */
export const DEFAULT_DATABASE_URL = "file:./data/balint-pathway.db";

/** The file a `file:` URL names, resolved from the working directory (as Prisma does). */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be an SQLite "file:" URL, got "${url.split(":")[0]}:…"`);
  }
  return path.resolve(url.slice("file:".length).split("?")[0] ?? "");
}

/** SQLite creates the file but not its folder. */
export function ensureDatabaseFolder(url: string): void {
  mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
}
