import { describe, expect, it } from "vitest";
import { decideApplication } from "../../../src/services/applications/decide-application.ts";
import { listPendingApplications } from "../../../src/services/applications/list-pending-applications.ts";
import { resubmitApplication } from "../../../src/services/applications/resubmit-application.ts";
import { submitApplication } from "../../../src/services/applications/submit-application.ts";
import {
  drAhmed,
  otherTrainee,
  STATEMENT,
  seedCompleteTrainee,
  trainee,
} from "../../support/applications.ts";
import { contextFor, daysAfter, NOW, TEAM, useServiceDatabase } from "../../support/services.ts";

const world = useServiceDatabase();

const at = (days: number) => contextFor(world.db, daysAfter(NOW, days));

describe("list-pending-applications", () => {
  it("lists submitted and resubmitted applications, longest wait first, with what the digest shows", async () => {
    // Sam applies on day -40, is asked for more, and resubmits on day -10 with a report.
    const sam = await submitApplication(at(-40), trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    await decideApplication(at(-35), drAhmed, {
      applicationId: sam.application.id,
      decision: "more_info",
      reason: "Please send the report.",
    });
    await seedCompleteTrainee(world.db);
    await resubmitApplication(at(-10), trainee, { statement: STATEMENT });
    // Kim applies on day -30, with gaps, and has waited since.
    const kim = await submitApplication(at(-30), otherTrainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    // A third trainee's application was decided: not pending.
    const third = { teamId: TEAM, userId: "UTHIRD", isAdmin: false };
    const done = await submitApplication(at(-20), third, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    await decideApplication(at(-19), drAhmed, {
      applicationId: done.application.id,
      decision: "not_yet",
      reason: "More co-leading first.",
    });

    const pending = await listPendingApplications(at(0));
    expect(pending.map((p) => [p.id, p.status, p.ageDays, p.waitingOverFourWeeks])).toEqual([
      [kim.application.id, "submitted", 30, true],
      [sam.application.id, "resubmitted", 10, false],
    ]);
    const [first, second] = pending;
    expect(first).toMatchObject({
      trainee: { slackUserId: otherTrainee.userId, displayName: "Kim Trainee" },
      reportIn: false,
      submittedAt: daysAfter(NOW, -30),
    });
    expect(first?.missing).toContain("Supervisor's report");
    expect(first?.met).not.toContain("Supervisor's report");
    expect(second).toMatchObject({
      reportIn: true,
      missing: [],
      submittedAt: daysAfter(NOW, -40),
      waitingSince: daysAfter(NOW, -10),
    });
    expect(second?.met).toContain("Co-led sessions");
  });

  it("counts four weeks in calendar days, in the society's time zone", async () => {
    // 23:30 UTC on 1 Oct 2026 is already 2 Oct in London (British Summer Time).
    const submitted = new Date("2026-10-01T23:30:00Z");
    await submitApplication(contextFor(world.db, submitted), trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    const on = (iso: string) => listPendingApplications(contextFor(world.db, new Date(iso)));
    const [exactly] = await on("2026-10-30T09:00:00Z");
    expect(exactly).toMatchObject({ ageDays: 28, waitingOverFourWeeks: false });
    const [over] = await on("2026-10-31T09:00:00Z");
    expect(over).toMatchObject({ ageDays: 29, waitingOverFourWeeks: true });
  });

  it("stays fast with thousands of trainees and applications", async () => {
    const people = Array.from({ length: 5000 }, (_, i) => ({
      slackTeamId: TEAM,
      slackUserId: `UBULK${i}`,
      displayName: `Trainee ${i}`,
    }));
    await world.db.person.createMany({ data: people });
    const ids = (await world.db.person.findMany({ select: { id: true } })).map((p) => p.id);
    const snapshot = JSON.stringify({
      criteria: [{ title: "Co-led sessions", status: "met" }],
      missing: [],
    });
    const statuses = ["not_yet", "accredited", "withdrawn", "recommended", "submitted"];
    await world.db.application.createMany({
      data: ids.map((traineeId, i) => ({
        traineeId,
        status: statuses[i % 50 === 0 ? 4 : i % 4] ?? "not_yet",
        statement: STATEMENT,
        evaluationSnapshot: snapshot,
        rulesetId: "bsuk-2016-02",
        submittedAt: daysAfter(NOW, -(i % 60)),
      })),
    });
    const started = performance.now();
    const pending = await listPendingApplications(at(0));
    const elapsed = performance.now() - started;
    expect(pending).toHaveLength(100);
    expect(pending[0]?.ageDays).toBeGreaterThanOrEqual(pending.at(-1)?.ageDays ?? 0);
    expect(elapsed).toBeLessThan(1000);
    // Seeding 10,000 rows takes a while on a loaded machine; the query itself is timed above.
  }, 120_000);
});
