import { statSync } from "node:fs";
import { afterEach, expect, it, vi } from "vitest";
import { sqlOf } from "../../src/db/sql.ts";
import { checkpointBetweenRequests } from "../../src/db/wal-checkpoints.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { sqliteOnly } from "../support/sqlite-only.ts";

let current: TestDatabase | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await current?.close();
  current = undefined;
});

const logger = { warn: vi.fn() };

sqliteOnly("the write-ahead log is SQLite's")("checkpoints between requests", () => {
  it("copies the log into the file each second while nothing is in flight, never inside a commit", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "Date"] });
    current = await createTestDatabase();
    const { db, url } = current;
    const file = url.replace(/^file:/, "");
    let quiet = false;
    const stop = checkpointBetweenRequests(db, () => quiet, logger);
    const autocheckpoint = async () =>
      Number(
        (await sqlOf(db).$queryRaw<{ wal_autocheckpoint: bigint }[]>`PRAGMA wal_autocheckpoint`)[0]
          ?.wal_autocheckpoint,
      );
    expect(await autocheckpoint()).toBe(0);

    const sizeBefore = statSync(file).size;
    // About 1,500 pages of people: past SQLite's own 1,000-page threshold.
    for (let i = 0; i < 300; i++) {
      await db.$executeRaw`
        INSERT INTO "people" ("slack_team_id", "slack_user_id", "display_name", "is_admin", "created_at")
        VALUES ('T1', ${`U${i}`}, ${"x".repeat(20_000)}, ${false}, ${new Date()})`;
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(statSync(file).size).toBe(sizeBefore);

    quiet = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 300 * 20_000);

    stop();
    expect(await autocheckpoint()).toBe(1_000);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("checkpoints under unbroken load too, at least every five seconds", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "Date"] });
    current = await createTestDatabase();
    const { db, url } = current;
    const file = url.replace(/^file:/, "");
    const stop = checkpointBetweenRequests(db, () => false, logger);
    const sizeBefore = statSync(file).size;
    await db.$executeRaw`
      INSERT INTO "people" ("slack_team_id", "slack_user_id", "display_name", "is_admin", "created_at")
      VALUES ('T1', 'UBUSY', ${"x".repeat(200_000)}, ${false}, ${new Date()})`;
    await vi.advanceTimersByTimeAsync(4_000);
    expect(statSync(file).size).toBe(sizeBefore);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(statSync(file).size).toBeGreaterThan(sizeBefore);
    stop();
  });
});
