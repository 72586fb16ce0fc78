import { describe, expect, it } from "vitest";
import { runDigestBenchmark } from "../../bench/digest.ts";

/** The digest bench seeds the database as the migrations leave it: a renamed table breaks it here. */
describe("the digest bench", () => {
  it("seeds every table it fills and builds the digest, on a small workload", async () => {
    const result = await runDigestBenchmark({
      trainees: 40,
      leaders: 4,
      entries: 400,
      pendingApplications: 6,
      decidedThisWeek: 2,
      enquiries: 8,
      trainingDayRequests: 4,
    });
    expect(result.runsMs.length).toBeGreaterThan(0);
    expect(result.blocks).toBeGreaterThan(0);
  });
});
