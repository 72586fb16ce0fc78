import { describe, expect, it } from "vitest";
import { getApplication } from "../../../src/services/applications/get-application.ts";
import { submitApplication } from "../../../src/services/applications/submit-application.ts";
import { logEntry } from "../../../src/services/entries/log-entry.ts";
import { STATEMENT, seedCompleteTrainee, trainee } from "../../support/applications.ts";
import { rejectionOf, rowCounts, useServiceDatabase } from "../../support/services.ts";

const world = useServiceDatabase();

async function gapsWhenApplying(): Promise<string> {
  return rejectionOf(
    submitApplication(world.ctx, trainee, { statement: STATEMENT }),
    "INVALID_INPUT",
  );
}

describe("applying with gaps to acknowledge", () => {
  it("counts a complete checklist as having none", async () => {
    await seedCompleteTrainee(world.db);
    const { evaluation } = await submitApplication(world.ctx, trainee, { statement: STATEMENT });
    expect(evaluation.missing).toEqual([]);
  });

  it("asks to acknowledge a report that says not ready (issue 10, 1)", async () => {
    const { report } = await seedCompleteTrainee(world.db);
    await world.db.supervisorReport.update({
      where: { id: report.id },
      data: { readyToApply: false },
    });
    // It used to go through with nothing to acknowledge.
    expect(await gapsWhenApplying()).toContain(
      "Your checklist still shows gaps: Supervision; Supervisor's report.",
    );
  });

  it("asks to acknowledge an empty portfolio (issue 10, 7)", async () => {
    await seedCompleteTrainee(world.db);
    await world.db.activityEntry.updateMany({ data: { note: null } });
    expect(await gapsWhenApplying()).toContain("Your checklist still shows gaps: Portfolio.");
    const { application } = await submitApplication(world.ctx, trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    const record = await getApplication(
      world.ctx,
      { kind: "channel" },
      { applicationId: application.id },
    );
    const portfolio = record.checklist.criteria.find((c) => c.title === "Portfolio");
    expect(portfolio?.explanation).toContain("The leadership subcommittee judges the portfolio");
  });

  it("sends the named psychoanalytic training with the application (issue 10, 8)", async () => {
    const { person } = await seedCompleteTrainee(world.db);
    await world.db.traineeProfile.update({
      where: { personId: person.id },
      data: {
        psychoanalyticTraining: true,
        psychoanalyticTrainingDetails: "Psychoanalytic psychotherapy, 4 years",
      },
    });
    const { application } = await submitApplication(world.ctx, trainee, { statement: STATEMENT });
    const record = await getApplication(
      world.ctx,
      { kind: "channel" },
      { applicationId: application.id },
    );
    const experience = record.checklist.criteria.find(
      (c) => c.title === "Experience as a group member",
    );
    expect(experience?.explanation).toContain(
      "with psychoanalytic training (Psychoanalytic psychotherapy, 4 years)",
    );
  });
});

describe("logging one event per entry (issue 10, 5 and 6)", () => {
  it.each([
    ["weekend_member", "A Balint Society weekend as a member is one event per entry"],
    ["leadership_course", "A weekend leadership course is one event per entry"],
    ["training_day", "A leaders' training day is one event per entry"],
  ] as const)("refuses a count above 1 for %s, writing nothing", async (kind, message) => {
    const before = await rowCounts(world.db);
    expect(
      await rejectionOf(
        logEntry(world.ctx, trainee, { kind, occurredOn: "2026-03-14", count: 5 }),
        "INVALID_INPUT",
      ),
    ).toContain(message);
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("refuses a supervision count above 1: hours are the entry's total", async () => {
    expect(
      await rejectionOf(
        logEntry(world.ctx, trainee, {
          kind: "supervision",
          occurredOn: "2026-11-20",
          count: 3,
          hours: 1.5,
        }),
        "INVALID_INPUT",
      ),
    ).toContain("Log one supervision session per entry, with its total hours");
  });

  it("records a weekend's small-group sessions, and refuses them for other kinds", async () => {
    const { entry } = await logEntry(world.ctx, trainee, {
      kind: "weekend_member",
      occurredOn: "2026-03-14",
      groupSessions: 4,
    });
    expect(entry).toMatchObject({ count: 1, groupSessions: 4 });
    expect(
      await rejectionOf(
        logEntry(world.ctx, trainee, {
          kind: "group_member",
          occurredOn: "2026-03-14",
          groupSessions: 4,
        }),
        "INVALID_INPUT",
      ),
    ).toContain("Only a Balint Society weekend records small-group sessions");
  });
});
