import { describe } from "vitest";
import { onPostgres } from "./postgres.ts";

/**
 * The suite's one way to mark tests about SQLite itself (its file, PRAGMAs, file backups, its
 * lock file): `sqliteOnly("why")("name", () => …)` is a `describe` skipped on PostgreSQL runs,
 * where the name carries the reason into the report.
 */
export function sqliteOnly(reason: string) {
  return (name: string, tests: () => void) =>
    describe.skipIf(onPostgres)(onPostgres ? `${name} [SQLite only: ${reason}]` : name, tests);
}
