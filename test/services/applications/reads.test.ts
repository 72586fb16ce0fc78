import { describe, expect, it } from "vitest";
import { decideApplication } from "../../../src/services/applications/decide-application.ts";
import { getApplication } from "../../../src/services/applications/get-application.ts";
import { getMyApplication } from "../../../src/services/applications/get-my-application.ts";
import { recordAccreditation } from "../../../src/services/applications/record-accreditation.ts";
import { resubmitApplication } from "../../../src/services/applications/resubmit-application.ts";
import { submitApplication } from "../../../src/services/applications/submit-application.ts";
import {
  admin,
  bystander,
  drAhmed,
  STATEMENT,
  seedCompleteTrainee,
  trainee,
} from "../../support/applications.ts";
import {
  contextFor,
  daysAfter,
  NOW,
  rejectionOf,
  rowCounts,
  useServiceDatabase,
} from "../../support/services.ts";

const world = useServiceDatabase();

const REASON = "Please say more about your co-leading.";

async function apply(acknowledgedGaps = true) {
  const { application } = await submitApplication(world.ctx, trainee, {
    statement: STATEMENT,
    acknowledgedGaps,
  });
  return application.id;
}

describe("get-application", () => {
  it("shows the subcommittee the snapshot, the statement, the report and the history", async () => {
    const { report } = await seedCompleteTrainee(world.db);
    const applicationId = await apply(false);
    await decideApplication(contextFor(world.db, daysAfter(NOW, 1)), drAhmed, {
      applicationId,
      decision: "more_info",
      reason: REASON,
    });

    const record = await getApplication(
      world.ctx,
      { kind: "person", actor: drAhmed },
      { applicationId },
    );
    expect(record).toMatchObject({
      id: applicationId,
      status: "more_info_requested",
      statement: STATEMENT,
      submittedAt: NOW,
      trainee: { slackUserId: trainee.userId, displayName: "Sam Trainee" },
      checklist: { missing: [] },
      report: {
        text: report.text,
        readyToApply: true,
        supervisor: { slackUserId: "USUPER", displayName: "Dr Sup" },
      },
      postChannel: null,
      postTs: null,
    });
    expect(record.checklist.criteria.length).toBeGreaterThan(5);
    expect(record.checklist.criteria[0]).toMatchObject({ status: "met" });
    expect(record.checklist.criteria[0]?.explanation).not.toBe("");
    expect(record.history).toMatchObject([
      {
        fromStatus: null,
        toStatus: "submitted",
        reason: null,
        actor: { slackUserId: "UTRAINEE1" },
      },
      {
        fromStatus: "submitted",
        toStatus: "more_info_requested",
        reason: REASON,
        at: daysAfter(NOW, 1),
        actor: { slackUserId: drAhmed.userId },
      },
    ]);
  });

  it("shows no report when none was in, and lists what was missing", async () => {
    const applicationId = await apply();
    const record = await getApplication(world.ctx, { kind: "channel" }, { applicationId });
    expect(record.report).toBeNull();
    expect(record.checklist.missing).toContain("Supervisor's report");
  });

  it("lets admins look, and refuses anyone outside the subcommittee without reading", async () => {
    const applicationId = await apply();
    const asAdmin = await getApplication(
      world.ctx,
      { kind: "person", actor: admin },
      { applicationId },
    );
    expect(asAdmin.id).toBe(applicationId);
    const message = await rejectionOf(
      getApplication(world.ctx, { kind: "person", actor: bystander }, { applicationId }),
      "FORBIDDEN",
    );
    expect(message).toContain("subcommittee");
  });

  it("says plainly when the application does not exist", async () => {
    const message = await rejectionOf(
      getApplication(world.ctx, { kind: "channel" }, { applicationId: 999 }),
      "NOT_FOUND",
    );
    expect(message).toBe("That application no longer exists.");
  });

  it("copes with a damaged snapshot", async () => {
    const applicationId = await apply();
    await world.db.application.update({
      where: { id: applicationId },
      data: { evaluationSnapshot: "not json" },
    });
    const record = await getApplication(world.ctx, { kind: "channel" }, { applicationId });
    expect(record.checklist).toEqual({ criteria: [], missing: [] });
  });
});

describe("get-my-application", () => {
  it("knows nothing about someone the bot has not met, and creates nobody", async () => {
    const before = await rowCounts(world.db);
    expect(await getMyApplication(world.ctx, trainee)).toEqual({
      application: null,
      leaderSince: null,
    });
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("follows the trainee's application through its decisions", async () => {
    const applicationId = await apply();
    const submitted = await getMyApplication(world.ctx, trainee);
    expect(submitted.application).toMatchObject({
      id: applicationId,
      status: "submitted",
      statement: STATEMENT,
      latestDecision: null,
    });

    await decideApplication(world.ctx, drAhmed, {
      applicationId,
      decision: "more_info",
      reason: REASON,
    });
    const asked = await getMyApplication(world.ctx, trainee);
    expect(asked.application).toMatchObject({
      status: "more_info_requested",
      latestDecision: {
        toStatus: "more_info_requested",
        reason: REASON,
        actor: { slackUserId: drAhmed.userId },
      },
    });

    await resubmitApplication(world.ctx, trainee, {
      statement: `${STATEMENT} More co-leading since.`,
      acknowledgedGaps: true,
    });
    await decideApplication(world.ctx, drAhmed, {
      applicationId,
      decision: "recommend",
      reason: "Ready for the Council.",
    });
    await recordAccreditation(world.ctx, admin, {
      person: { teamId: trainee.teamId, userId: trainee.userId },
      accreditedOn: "2026-11-20",
    });
    const accredited = await getMyApplication(world.ctx, trainee);
    expect(accredited).toMatchObject({
      application: { status: "accredited", latestDecision: { toStatus: "accredited" } },
      leaderSince: "2026-11-20",
    });
  });
});
