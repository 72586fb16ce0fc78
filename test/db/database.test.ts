import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.close();
});

describe("the SQLite database", () => {
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

  it("keeps one job run per job and period", async () => {
    current = await createTestDatabase();
    await current.db.jobRun.create({ data: { job: "digest", period: "2026-W48" } });
    await expect(
      current.db.jobRun.create({ data: { job: "digest", period: "2026-W48" } }),
    ).rejects.toThrow();
  });
});
