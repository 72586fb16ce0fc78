import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { onPostgres } from "../support/postgres.ts";
import { sqliteOnly } from "../support/sqlite-only.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.close();
});

sqliteOnly("reads SQLite's PRAGMAs; PostgreSQL's settings are checked below")(
  "the SQLite database",
  () => {
    it("runs in WAL mode with a busy timeout and foreign keys on", async () => {
      current = await createTestDatabase();
      const [journal] =
        await current.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const [busy] = await current.db.$queryRawUnsafe<{ timeout: number }[]>("PRAGMA busy_timeout");
      const [fk] =
        await current.db.$queryRawUnsafe<{ foreign_keys: number }[]>("PRAGMA foreign_keys");
      expect(journal?.journal_mode).toBe("wal");
      expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(5000);
      expect(Number(fk?.foreign_keys)).toBe(1);
    });
  },
);

describe.skipIf(!onPostgres)("the PostgreSQL database", () => {
  it("waits a bounded time for a lock, as SQLite's busy timeout", async () => {
    current = await createTestDatabase();
    const [lock] =
      await current.db.$queryRawUnsafe<{ lock_timeout: string }[]>("SHOW lock_timeout");
    expect(lock?.lock_timeout).toBe("5s");
  });
});

describe("the database", () => {
  it("keeps one job run per job and period", async () => {
    current = await createTestDatabase();
    await current.db.jobRun.create({ data: { job: "digest", period: "2026-W48" } });
    await expect(
      current.db.jobRun.create({ data: { job: "digest", period: "2026-W48" } }),
    ).rejects.toThrow();
  });
});
