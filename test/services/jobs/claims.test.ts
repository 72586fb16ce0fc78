import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/client.ts";
import { claimJobPeriod } from "../../../src/services/jobs/claim-job-period.ts";
import { findLastJobRun } from "../../../src/services/jobs/find-last-job-run.ts";
import { finishJobRun } from "../../../src/services/jobs/finish-job-run.ts";
import { testKeyring } from "../../support/keys.ts";
import { contextFor, NOW, rejectionOf, useServiceDatabase } from "../../support/services.ts";

const world = useServiceDatabase();

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("claimJobPeriod", () => {
  it("claims a period once; the second claim of the same period is refused", async () => {
    const ctx = world.ctx;
    const first = await claimJobPeriod(ctx, { job: "digest", period: "2026-W48" });
    const second = await claimJobPeriod(ctx, { job: "digest", period: "2026-W48" });
    expect(first).toEqual({ claimed: true, runId: expect.any(Number) });
    expect(second).toEqual({ claimed: false });
    expect(await world.db.jobRun.findMany()).toEqual([
      expect.objectContaining({
        job: "digest",
        period: "2026-W48",
        startedAt: NOW,
        finishedAt: null,
      }),
    ]);
  });

  it("keeps jobs and periods apart", async () => {
    const ctx = world.ctx;
    const claims = await Promise.all([
      claimJobPeriod(ctx, { job: "digest", period: "2026-W48" }),
      claimJobPeriod(ctx, { job: "digest", period: "2026-W49" }),
      claimJobPeriod(ctx, { job: "reminders", period: "2026-W48" }),
    ]);
    expect(claims.every((claim) => claim.claimed)).toBe(true);
  });

  it("gives exactly one claim to two database connections racing for the same period", async () => {
    const other = await openDatabase(world.url, testKeyring);
    try {
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          claimJobPeriod(contextFor(i % 2 ? other : world.db), {
            job: "digest",
            period: "2026-W48",
          }),
        ),
      );
      expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
      expect(await world.db.jobRun.count()).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });

  it("refuses a blank job or period, writing nothing", async () => {
    const ctx = world.ctx;
    expect(
      await rejectionOf(claimJobPeriod(ctx, { job: " ", period: "2026-W48" }), "INVALID_INPUT"),
    ).toBe("Name the job.");
    expect(await world.db.jobRun.count()).toBe(0);
  });
});

describe("finishJobRun and findLastJobRun", () => {
  it("records when a run finished, and finds the latest run, optionally leaving a period out", async () => {
    const w47 = await claimJobPeriod(contextFor(world.db, later(-7 * 24 * 60)), {
      job: "digest",
      period: "2026-W47",
    });
    const w48 = await claimJobPeriod(world.ctx, {
      job: "digest",
      period: "2026-W48",
    });
    if (!w47.claimed || !w48.claimed) throw new Error("expected both claims");
    await finishJobRun(contextFor(world.db, later(1)), { runId: w48.runId });

    const ctx = contextFor(world.db, later(5));
    expect(await findLastJobRun(ctx, { job: "digest" })).toEqual({
      period: "2026-W48",
      startedAt: NOW,
      finishedAt: later(1),
    });
    expect(await findLastJobRun(ctx, { job: "digest", excludingPeriod: "2026-W48" })).toEqual({
      period: "2026-W47",
      startedAt: later(-7 * 24 * 60),
      finishedAt: null,
    });
    expect(await findLastJobRun(ctx, { job: "reminders" })).toBeNull();
  });
});
