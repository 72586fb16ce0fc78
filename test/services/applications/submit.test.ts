import { describe, expect, it } from "vitest";
import type { Evaluation } from "../../../src/domain/progress.ts";
import {
  type SubmitApplicationInput,
  submitApplication,
} from "../../../src/services/applications/submit-application.ts";
import { recordPost } from "../../../src/services/record-post.ts";
import {
  otherTrainee,
  STATEMENT,
  seedCompleteTrainee,
  trainee,
} from "../../support/applications.ts";
import { NOW, refusalOf, rowCounts, useServiceDatabase } from "../../support/services.ts";

const world = useServiceDatabase();

describe("submit-application", () => {
  it("submits a complete checklist without asking about gaps", async () => {
    const { report } = await seedCompleteTrainee(world.db);
    const { application, evaluation } = await submitApplication(world.ctx, trainee, {
      statement: `  ${STATEMENT}  `,
    });
    expect(evaluation.allMet).toBe(true);
    expect(application).toMatchObject({
      status: "submitted",
      statement: STATEMENT,
      reportId: report.id,
      rulesetId: "bsuk-2016-02",
      submittedAt: NOW,
    });
    expect(application.trainee.slackUserId).toBe("UTRAINEE1");
    const snapshot = JSON.parse(application.evaluationSnapshot) as Evaluation;
    expect(snapshot.missing).toEqual([]);
    expect(snapshot.criteria.map((c) => c.id)).toContain("co-leading");

    const events = await world.db.applicationEvent.findMany();
    expect(events).toMatchObject([
      {
        applicationId: application.id,
        fromStatus: null,
        toStatus: "submitted",
        reason: null,
        at: NOW,
      },
    ]);
    const audit = await world.db.auditLog.findMany();
    expect(audit.map((a) => [a.action, a.subjectId])).toEqual([
      ["application.submitted", application.id],
    ]);
  });

  it("refuses a checklist with gaps until the trainee acknowledges them, writing nothing", async () => {
    const before = await rowCounts(world.db);
    const error = await refusalOf(submitApplication(world.ctx, trainee, { statement: STATEMENT }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.userMessage).toMatch(
      /^Your checklist still shows gaps: .*Co-led sessions.*guidelines/,
    );
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("never blocks an acknowledged application: the gaps go into the snapshot", async () => {
    const { application, evaluation } = await submitApplication(world.ctx, trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    expect(evaluation.allMet).toBe(false);
    expect(application).toMatchObject({ status: "submitted", reportId: null });
    const snapshot = JSON.parse(application.evaluationSnapshot) as Evaluation;
    expect(snapshot.missing).toContain("Supervisor's report");
  });

  it("refuses a second open application, with a clear message", async () => {
    await submitApplication(world.ctx, trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    const before = await rowCounts(world.db);
    const error = await refusalOf(
      submitApplication(world.ctx, trainee, {
        statement: STATEMENT,
        acknowledgedGaps: true,
      }),
    );
    expect(error).toMatchObject({
      code: "CONFLICT",
      userMessage:
        "You already have an application open, submitted on 26 Nov 2026 (Submitted, waiting for the subcommittee). You can apply again only once it has been decided.",
    });
    expect(await rowCounts(world.db)).toEqual(before);
    // Someone else may still apply.
    await submitApplication(world.ctx, otherTrainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
  });

  it("lets a trainee apply again after a “not yet”", async () => {
    const { application } = await submitApplication(world.ctx, trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    await world.db.application.update({
      where: { id: application.id },
      data: { status: "not_yet" },
    });
    const again = await submitApplication(world.ctx, trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    expect(again.application.id).not.toBe(application.id);
  });

  it("refuses someone already on the register", async () => {
    const { person } = await seedCompleteTrainee(world.db);
    await world.db.accreditedLeader.create({
      data: { personId: person.id, accreditedOn: "2025-03-01" },
    });
    const error = await refusalOf(submitApplication(world.ctx, trainee, { statement: STATEMENT }));
    expect(error).toMatchObject({
      code: "CONFLICT",
      userMessage:
        "You are already on the register of accredited leaders (since 1 Mar 2025), so there is nothing to apply for.",
    });
  });

  it.each([
    [{ statement: "Too short" }, "Please write a statement of at least 20 characters."],
    [{ statement: "x".repeat(5001) }, "Please keep the statement to 5000 characters or fewer."],
    [{} as SubmitApplicationInput, "Please write a statement for the subcommittee."],
  ])("refuses %j and writes nothing", async (input, message) => {
    const error = await refusalOf(submitApplication(world.ctx, trainee, input));
    expect(error).toMatchObject({ code: "INVALID_INPUT", userMessage: message });
    expect(await rowCounts(world.db)).toMatchObject({ people: 0, applications: 0, audit: 0 });
  });

  it("records the subcommittee post for the application", async () => {
    const { application } = await submitApplication(world.ctx, trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    await recordPost(world.ctx, {
      subject: "application",
      id: application.id,
      channel: "G0SUBCOM",
      ts: "1764151200.000100",
    });
    const stored = await world.db.application.findUniqueOrThrow({
      where: { id: application.id },
    });
    expect(stored).toMatchObject({ postChannel: "G0SUBCOM", postTs: "1764151200.000100" });
  });
});
