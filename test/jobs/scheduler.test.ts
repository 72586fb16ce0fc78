import { getTasks } from "node-cron";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { weekPeriod } from "../../src/jobs/periods.ts";
import { type ScheduledJob, startScheduler } from "../../src/jobs/scheduler.ts";
import { claimJobPeriod } from "../../src/services/jobs/claim-job-period.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { jobDeps } from "./support.ts";

// Tuesday 1 December 2026, 12:00 in London: this week's Monday 09:00 digest time has passed.
const TUESDAY = new Date("2026-12-01T12:00:00Z");
const LAST_MONDAY = new Date("2026-11-23T09:00:00Z");

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

/** A weekly job on Mondays at 09:00 that claims its week like the digest and counts its runs. */
function weeklyJob(deps: ReturnType<typeof jobDeps>["deps"], runs: Date[]): ScheduledJob {
  return {
    name: "digest",
    cron: "0 9 * * 1",
    periodOf: weekPeriod,
    run: async (now) => {
      const claim = await claimJobPeriod(
        { db: deps.db, now, timeZone: "Europe/London" },
        { job: "digest", period: weekPeriod(now, "Europe/London") },
      );
      if (!claim.claimed) return "already_claimed";
      runs.push(now);
      return "done";
    },
  };
}

async function claimWeekOf(at: Date) {
  await claimJobPeriod(
    { db: database.db, now: at, timeZone: "Europe/London" },
    { job: "digest", period: weekPeriod(at, "Europe/London") },
  );
}

describe("the scheduler's catch-up on start", () => {
  it("runs a week missed while the bot was down, once, even across restarts", async () => {
    await claimWeekOf(LAST_MONDAY);
    const { deps } = jobDeps(database.db, TUESDAY);
    const runs: Date[] = [];
    const first = await startScheduler(deps, [weeklyJob(deps, runs)]);
    await first.stop();
    const second = await startScheduler(deps, [weeklyJob(deps, runs)]);
    await second.stop();
    expect(runs).toEqual([TUESDAY]);
  });

  it("waits for the schedule on a first start (the job has never run)", async () => {
    const { deps } = jobDeps(database.db, TUESDAY);
    const runs: Date[] = [];
    await (await startScheduler(deps, [weeklyJob(deps, runs)])).stop();
    expect(runs).toEqual([]);
  });

  it("does nothing when this week's run is not due yet", async () => {
    await claimWeekOf(LAST_MONDAY);
    const { deps } = jobDeps(database.db, new Date("2026-11-30T08:59:00Z"));
    const runs: Date[] = [];
    await (await startScheduler(deps, [weeklyJob(deps, runs)])).stop();
    expect(runs).toEqual([]);
  });

  it("logs a job that throws, and still starts", async () => {
    await claimWeekOf(LAST_MONDAY);
    const { deps, lines } = jobDeps(database.db, TUESDAY);
    const broken: ScheduledJob = {
      name: "digest",
      cron: "0 9 * * 1",
      periodOf: weekPeriod,
      run: async () => {
        throw new Error("database is locked");
      },
    };
    await (await startScheduler(deps, [broken])).stop();
    expect(lines.join("\n")).toContain("database is locked");
  });
});

describe("stopping the scheduler", () => {
  it("destroys its cron tasks", async () => {
    const { deps } = jobDeps(database.db, TUESDAY);
    const before = getTasks().size;
    const scheduler = await startScheduler(deps, [weeklyJob(deps, [])]);
    expect(getTasks().size).toBe(before + 1);
    await scheduler.stop();
    expect(getTasks().size).toBe(before);
  });
});
