import { describe, expect, it } from "vitest";
import type { AppError } from "../../../src/domain/app-error.ts";
import type { Evaluation } from "../../../src/domain/progress.ts";
import {
  type DecideApplicationInput,
  decideApplication,
  openDecision,
} from "../../../src/services/applications/decide-application.ts";
import {
  NOT_YOURS_TO_RESUBMIT,
  resubmitApplication,
} from "../../../src/services/applications/resubmit-application.ts";
import { submitApplication } from "../../../src/services/applications/submit-application.ts";
import {
  admin,
  bystander,
  drAhmed,
  drBrown,
  otherTrainee,
  STATEMENT,
  seedCompleteTrainee,
  trainee,
} from "../../support/applications.ts";
import {
  contextFor,
  daysAfter,
  NOW,
  refusalOf,
  rowCounts,
  TEAM,
  useServiceDatabase,
} from "../../support/services.ts";

const world = useServiceDatabase();

async function apply() {
  const { application } = await submitApplication(world.ctx, trainee, {
    statement: STATEMENT,
    acknowledgedGaps: true,
  });
  return application.id;
}

const REASON = "Thorough experience and a strong supervisor's report.";

describe("decide-application", () => {
  it.each([
    ["recommend", "recommended"],
    ["more_info", "more_info_requested"],
    ["not_yet", "not_yet"],
  ] as const)(
    "%s moves a submitted application to %s, with history and audit",
    async (decision, to) => {
      const applicationId = await apply();
      const later = daysAfter(NOW, 3);
      const result = await decideApplication(contextFor(world.db, later), drAhmed, {
        applicationId,
        decision,
        reason: ` ${REASON} `,
      });
      expect(result).toMatchObject({
        decision,
        fromStatus: "submitted",
        toStatus: to,
        reason: REASON,
      });
      expect(result.application).toMatchObject({ id: applicationId, status: to });
      expect(result.application.trainee).toMatchObject({
        slackTeamId: TEAM,
        slackUserId: "UTRAINEE1",
      });
      expect(result.decidedBy.displayName).toBe("Dr Ahmed");

      const events = await world.db.applicationEvent.findMany({ orderBy: { id: "asc" } });
      expect(events.at(-1)).toMatchObject({
        fromStatus: "submitted",
        toStatus: to,
        reason: REASON,
        actorId: result.decidedBy.id,
        at: later,
      });
      const audit = await world.db.auditLog.findMany({ orderBy: { id: "asc" } });
      expect(audit.at(-1)).toMatchObject({ action: `application.${to}`, subjectId: applicationId });
    },
  );

  it("lets an admin decide without being on the subcommittee", async () => {
    const applicationId = await apply();
    const result = await decideApplication(world.ctx, admin, {
      applicationId,
      decision: "recommend",
      reason: REASON,
    });
    expect(result.toStatus).toBe("recommended");
    expect(result.decidedBy.isAdmin).toBe(true);
  });

  it("forbids anyone else, and the applicant, and writes nothing", async () => {
    const applicationId = await apply();
    const before = await rowCounts(world.db);
    const outsider = await refusalOf(
      decideApplication(world.ctx, bystander, {
        applicationId,
        decision: "recommend",
        reason: REASON,
      }),
    );
    expect(outsider).toMatchObject({
      code: "FORBIDDEN",
      userMessage: "Only members of the leadership subcommittee can decide applications.",
    });
    const own = await refusalOf(
      decideApplication(
        world.ctx,
        { ...trainee, isSubcommitteeMember: true },
        { applicationId, decision: "recommend", reason: REASON },
      ),
    );
    expect(own).toMatchObject({
      code: "FORBIDDEN",
      userMessage: "You cannot decide your own application.",
    });
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it.each([
    [{ reason: "ok" }, "Please give a reason of at least 5 characters."],
    [{ reason: undefined }, "Every decision needs a reason."],
    [{ reason: "x".repeat(2001) }, "Please keep the reason to 2000 characters or fewer."],
    [
      { decision: "approve" },
      "Choose a decision: recommend, ask for more information, or not yet.",
    ],
  ])("refuses %j and writes nothing", async (change, message) => {
    const applicationId = await apply();
    const before = await rowCounts(world.db);
    const error = await refusalOf(
      decideApplication(world.ctx, drAhmed, {
        applicationId,
        decision: "recommend",
        reason: REASON,
        ...change,
      } as DecideApplicationInput),
    );
    expect(error).toMatchObject({ code: "INVALID_INPUT", userMessage: message });
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("refuses an application that does not exist", async () => {
    const error = await refusalOf(
      decideApplication(world.ctx, drAhmed, {
        applicationId: 404,
        decision: "recommend",
        reason: REASON,
      }),
    );
    expect(error).toMatchObject({
      code: "NOT_FOUND",
      userMessage: "That application no longer exists.",
    });
    expect(await rowCounts(world.db)).toMatchObject({ people: 0, audit: 0 });
  });

  it("refuses a later decision, saying who decided what and when", async () => {
    const applicationId = await apply();
    await decideApplication(world.ctx, drAhmed, {
      applicationId,
      decision: "more_info",
      reason: "Please say more about your supervision.",
    });
    const before = await rowCounts(world.db);
    const error = await refusalOf(
      decideApplication(contextFor(world.db, daysAfter(NOW, 1)), drBrown, {
        applicationId,
        decision: "recommend",
        reason: REASON,
      }),
    );
    expect(error).toMatchObject({
      code: "ALREADY_DECIDED",
      userMessage:
        "This application is no longer waiting for a decision: Dr Ahmed asked for more information on 26 Nov 2026.",
    });
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("gives exactly one decision when two race", async () => {
    const applicationId = await apply();
    const results = await Promise.allSettled([
      decideApplication(world.ctx, drAhmed, {
        applicationId,
        decision: "recommend",
        reason: REASON,
      }),
      decideApplication(world.ctx, drBrown, {
        applicationId,
        decision: "not_yet",
        reason: "Needs more co-leading first.",
      }),
    ]);
    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as AppError] : []));
    expect(won).toHaveLength(1);
    expect(lost.map((e) => e.code)).toEqual(["ALREADY_DECIDED"]);
    const winner = won[0];
    expect(lost[0]?.userMessage).toContain(winner?.decidedBy.displayName ?? "?");
    const decisions = await world.db.applicationEvent.findMany({
      where: { fromStatus: "submitted" },
    });
    expect(decisions).toHaveLength(1);
    const stored = await world.db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(stored.status).toBe(winner?.toStatus);
  });
});

describe("a decision form opened before the application changed", () => {
  it("decides nothing after a resubmission the decider has not read, and again once reopened", async () => {
    const applicationId = await apply();
    const { seenEventId } = await openDecision(world.ctx, drBrown, { applicationId });
    await decideApplication(world.ctx, drAhmed, {
      applicationId,
      decision: "more_info",
      reason: "Please say more about your supervision.",
    });
    await resubmitApplication(world.ctx, trainee, {
      statement: `${STATEMENT} And more.`,
      acknowledgedGaps: true,
    });
    const recommend = { applicationId, decision: "recommend", reason: REASON } as const;

    const stale = await refusalOf(
      decideApplication(world.ctx, drBrown, { ...recommend, seenEventId }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT" });
    expect(stale.userMessage).toContain("read its post again");
    const waiting = await world.db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(waiting.status).toBe("resubmitted");

    const reopened = await openDecision(world.ctx, drBrown, { applicationId });
    const result = await decideApplication(world.ctx, drBrown, { ...recommend, ...reopened });
    expect(result.toStatus).toBe("recommended");
  });

  it("refuses to open the form to anyone who could not decide", async () => {
    const applicationId = await apply();
    for (const who of [bystander, { ...trainee, isSubcommitteeMember: true }]) {
      expect(await refusalOf(openDecision(world.ctx, who, { applicationId }))).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await refusalOf(openDecision(world.ctx, drBrown, { applicationId: 999 }))).toMatchObject(
      { code: "NOT_FOUND" },
    );
  });
});

describe("resubmit-application", () => {
  it("resubmits after more information was asked for, with a fresh snapshot and report", async () => {
    const applicationId = await apply();
    await decideApplication(world.ctx, drAhmed, {
      applicationId,
      decision: "more_info",
      reason: "Please say more about your supervision.",
    });
    const { report } = await seedCompleteTrainee(world.db);
    const later = daysAfter(NOW, 10);
    const { application, evaluation } = await resubmitApplication(
      contextFor(world.db, later),
      trainee,
      {
        statement: `${STATEMENT} My supervisor has now written the report.`,
      },
    );
    expect(evaluation.allMet).toBe(true);
    expect(application).toMatchObject({
      id: applicationId,
      status: "resubmitted",
      reportId: report.id,
      submittedAt: NOW,
    });
    expect(application.statement).toContain("now written the report");
    expect((JSON.parse(application.evaluationSnapshot) as Evaluation).missing).toEqual([]);
    const events = await world.db.applicationEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "submitted"],
      ["submitted", "more_info_requested"],
      ["more_info_requested", "resubmitted"],
    ]);
    expect(events.at(-1)?.at).toEqual(later);
  });

  it("refuses to resubmit what is not waiting for more information, and writes nothing", async () => {
    const applicationId = await apply();
    const before = await rowCounts(world.db);
    const early = await refusalOf(
      resubmitApplication(world.ctx, trainee, { applicationId, statement: STATEMENT }),
    );
    expect(early).toMatchObject({
      code: "CONFLICT",
      userMessage:
        "You can resubmit only when the subcommittee has asked for more information; this application is “Submitted, waiting for the subcommittee”.",
    });
    const none = await refusalOf(resubmitApplication(world.ctx, trainee, { statement: STATEMENT }));
    expect(none).toMatchObject({
      code: "NOT_FOUND",
      userMessage: "You have no application waiting for more information.",
    });
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("refuses someone else's application, and unacknowledged gaps", async () => {
    const applicationId = await apply();
    await decideApplication(world.ctx, drAhmed, {
      applicationId,
      decision: "more_info",
      reason: "Please say more about your supervision.",
    });
    const before = await rowCounts(world.db);
    const stranger = { teamId: TEAM, userId: "U0NEVERSEEN", isAdmin: false };
    const refusals = [];
    for (const [who, id] of [
      [otherTrainee, applicationId],
      [otherTrainee, 404],
      [stranger, applicationId],
      [stranger, 404],
    ] as const) {
      const error = await refusalOf(
        resubmitApplication(world.ctx, who, { applicationId: id, statement: STATEMENT }),
      );
      refusals.push({ code: error.code, userMessage: error.userMessage });
    }
    // The same words whether the application is someone else's or none at all; the stranger
    // is not stored.
    expect(new Set(refusals.map((r) => JSON.stringify(r)))).toEqual(
      new Set([JSON.stringify({ code: "FORBIDDEN", userMessage: NOT_YOURS_TO_RESUBMIT })]),
    );
    const gaps = await refusalOf(
      resubmitApplication(world.ctx, trainee, { applicationId, statement: STATEMENT }),
    );
    expect(gaps.code).toBe("INVALID_INPUT");
    expect(gaps.userMessage).toContain("Your checklist still shows gaps");
    expect(await rowCounts(world.db)).toEqual(before);
  });
});
