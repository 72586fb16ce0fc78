import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runOncePerPeriod } from "../../src/jobs/run-once.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { jobDeps } from "./support.ts";

const NOW = new Date("2026-11-30T09:00:00Z");
let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

describe("runOncePerPeriod", () => {
  it("does the work once per period and records when it finished", async () => {
    const { deps, clock } = jobDeps(database.db, NOW);
    let runs = 0;
    const work = async () => {
      runs++;
      clock.now = new Date(NOW.getTime() + 2_000);
    };
    const claim = { job: "digest", period: "2026-W49" };
    expect(await runOncePerPeriod(deps, NOW, claim, work)).toBe("done");
    expect(await runOncePerPeriod(deps, NOW, claim, work)).toBe("already_claimed");
    expect(runs).toBe(1);
    expect(await database.db.jobRun.findFirstOrThrow()).toMatchObject({
      startedAt: NOW,
      finishedAt: new Date(NOW.getTime() + 2_000),
    });
  });

  it("leaves a failed run unfinished, logs it, and does not retry it", async () => {
    const { deps, lines } = jobDeps(database.db, NOW);
    const claim = { job: "digest", period: "2026-W49" };
    const failing = async () => {
      throw new Error("channel_not_found");
    };
    expect(await runOncePerPeriod(deps, NOW, claim, failing)).toBe("failed");
    expect(await runOncePerPeriod(deps, NOW, claim, async () => undefined)).toBe("already_claimed");
    expect(await database.db.jobRun.findFirstOrThrow()).toMatchObject({ finishedAt: null });
    const logged = lines.map(
      (line) => JSON.parse(line) as { level: string; msg: string; data?: unknown },
    );
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: "error",
        data: expect.objectContaining({
          job: "digest",
          period: "2026-W49",
          error: "channel_not_found",
        }),
      }),
    );
  });
});
