import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decideApplication } from "../../src/services/decide-application.ts";
import { getApplication } from "../../src/services/get-application.ts";
import { getMyApplication } from "../../src/services/get-my-application.ts";
import { recordAccreditation } from "../../src/services/record-accreditation.ts";
import { resubmitApplication } from "../../src/services/resubmit-application.ts";
import { submitApplication } from "../../src/services/submit-application.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { rejectionOf } from "../support/services.ts";
import {
  admin,
  bystander,
  contextAt,
  daysAfter,
  drAhmed,
  NOW,
  rowCounts,
  STATEMENT,
  seedCompleteTrainee,
  trainee,
} from "./applications-fixtures.ts";

let current: TestDatabase;
beforeEach(async () => {
  current = await createTestDatabase();
});
afterEach(async () => {
  await current.close();
});

const REASON = "Please say more about your co-leading.";

async function apply(acknowledgedGaps = true) {
  const { application } = await submitApplication(contextAt(current.db), trainee, {
    statement: STATEMENT,
    acknowledgedGaps,
  });
  return application.id;
}

describe("get-application", () => {
  it("shows the subcommittee the snapshot, the statement, the report and the history", async () => {
    const { report } = await seedCompleteTrainee(current.db);
    const applicationId = await apply(false);
    await decideApplication(contextAt(current.db, daysAfter(NOW, 1)), drAhmed, {
      applicationId,
      decision: "more_info",
      reason: REASON,
    });

    const record = await getApplication(
      contextAt(current.db),
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
    const record = await getApplication(
      contextAt(current.db),
      { kind: "channel" },
      { applicationId },
    );
    expect(record.report).toBeNull();
    expect(record.checklist.missing).toContain("Supervisor's report");
  });

  it("lets admins look, and refuses anyone outside the subcommittee without reading", async () => {
    const applicationId = await apply();
    const asAdmin = await getApplication(
      contextAt(current.db),
      { kind: "person", actor: admin },
      { applicationId },
    );
    expect(asAdmin.id).toBe(applicationId);
    const message = await rejectionOf(
      getApplication(
        contextAt(current.db),
        { kind: "person", actor: bystander },
        { applicationId },
      ),
      "FORBIDDEN",
    );
    expect(message).toContain("subcommittee");
  });

  it("says plainly when the application does not exist", async () => {
    const message = await rejectionOf(
      getApplication(contextAt(current.db), { kind: "channel" }, { applicationId: 999 }),
      "NOT_FOUND",
    );
    expect(message).toBe("That application no longer exists.");
  });

  it("copes with a damaged snapshot", async () => {
    const applicationId = await apply();
    await current.db.application.update({
      where: { id: applicationId },
      data: { evaluationSnapshot: "not json" },
    });
    const record = await getApplication(
      contextAt(current.db),
      { kind: "channel" },
      { applicationId },
    );
    expect(record.checklist).toEqual({ criteria: [], missing: [] });
  });
});

describe("get-my-application", () => {
  it("knows nothing about someone the bot has not met, and creates nobody", async () => {
    const before = await rowCounts(current.db);
    expect(await getMyApplication(contextAt(current.db), trainee)).toEqual({
      application: null,
      leaderSince: null,
    });
    expect(await rowCounts(current.db)).toEqual(before);
  });

  it("follows the trainee's application through its decisions", async () => {
    const applicationId = await apply();
    const submitted = await getMyApplication(contextAt(current.db), trainee);
    expect(submitted.application).toMatchObject({
      id: applicationId,
      status: "submitted",
      statement: STATEMENT,
      latestDecision: null,
    });

    await decideApplication(contextAt(current.db), drAhmed, {
      applicationId,
      decision: "more_info",
      reason: REASON,
    });
    const asked = await getMyApplication(contextAt(current.db), trainee);
    expect(asked.application).toMatchObject({
      status: "more_info_requested",
      latestDecision: {
        toStatus: "more_info_requested",
        reason: REASON,
        actor: { slackUserId: drAhmed.userId },
      },
    });

    await resubmitApplication(contextAt(current.db), trainee, {
      statement: `${STATEMENT} More co-leading since.`,
      acknowledgedGaps: true,
    });
    await decideApplication(contextAt(current.db), drAhmed, {
      applicationId,
      decision: "recommend",
      reason: "Ready for the Council.",
    });
    await recordAccreditation(contextAt(current.db), admin, {
      person: { teamId: trainee.teamId, userId: trainee.userId },
      accreditedOn: "2026-11-20",
    });
    const accredited = await getMyApplication(contextAt(current.db), trainee);
    expect(accredited).toMatchObject({
      application: { status: "accredited", latestDecision: { toStatus: "accredited" } },
      leaderSince: "2026-11-20",
    });
  });
});
