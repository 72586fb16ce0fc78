import { describe, expect, it } from "vitest";
import { decideApplication } from "../../../src/services/applications/decide-application.ts";
import { listRecentDecisions } from "../../../src/services/applications/list-recent-decisions.ts";
import { recordAccreditation } from "../../../src/services/applications/record-accreditation.ts";
import { resubmitApplication } from "../../../src/services/applications/resubmit-application.ts";
import { submitApplication } from "../../../src/services/applications/submit-application.ts";
import {
  admin,
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

const traineeRef = { teamId: TEAM, userId: trainee.userId };
const at = (days: number) => contextFor(world.db, daysAfter(NOW, days));

describe("the whole path", () => {
  it("apply → more info → resubmit → recommend → accredit puts the trainee on the register", async () => {
    const { application } = await submitApplication(at(0), trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    const id = application.id;
    await decideApplication(at(7), drAhmed, {
      applicationId: id,
      decision: "more_info",
      reason: "Please ask your supervisor for the report.",
    });
    await seedCompleteTrainee(world.db);
    await resubmitApplication(at(20), trainee, { applicationId: id, statement: STATEMENT });
    await decideApplication(at(27), drBrown, {
      applicationId: id,
      decision: "recommend",
      reason: "All criteria met; a strong report.",
    });
    const result = await recordAccreditation(at(60), admin, {
      person: traineeRef,
      accreditedOn: "2027-01-20",
    });

    expect(result.application).toMatchObject({ id, status: "accredited" });
    expect(result.leader).toMatchObject({ accreditedOn: "2027-01-20", removedAt: null });
    expect(result.person.slackUserId).toBe(trainee.userId);
    const leader = await world.db.accreditedLeader.findUniqueOrThrow({
      where: { personId: result.person.id },
    });
    expect(leader.addedById).not.toBeNull();

    const events = await world.db.applicationEvent.findMany({
      orderBy: { id: "asc" },
      include: { actor: true },
    });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actor.displayName])).toEqual([
      [null, "submitted", "Sam Trainee"],
      ["submitted", "more_info_requested", "Dr Ahmed"],
      ["more_info_requested", "resubmitted", "Sam Trainee"],
      ["resubmitted", "recommended", "Dr Brown"],
      ["recommended", "accredited", "Alex Admin"],
    ]);
    expect(events.at(-1)?.reason).toBe("Accredited by the Balint Council on 20 Jan 2027.");
    const actions = (await world.db.auditLog.findMany({ orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "application.submitted",
      "application.more_info_requested",
      "application.resubmitted",
      "application.recommended",
      "application.accredited",
      "leader.accredited",
    ]);

    const decisions = await listRecentDecisions(at(60), { since: daysAfter(NOW, 10) });
    expect(
      decisions.map((d) => [d.toStatus, d.decidedBy.displayName, d.trainee.slackUserId]),
    ).toEqual([
      ["recommended", "Dr Brown", trainee.userId],
      ["accredited", "Alex Admin", trainee.userId],
    ]);
    expect(decisions[0]?.reason).toBe("All criteria met; a strong report.");
  });
});

describe("record-accreditation", () => {
  it("accredits someone with no application, on today's date, and says so in the audit", async () => {
    const result = await recordAccreditation(at(0), admin, {
      person: { ...traineeRef, displayName: "Sam Trainee" },
    });
    expect(result.application).toBeNull();
    expect(result.leader.accreditedOn).toBe("2026-11-26");
    const audit = await world.db.auditLog.findFirstOrThrow({
      where: { action: "leader.accredited" },
    });
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({
      withoutApplication: true,
      applicationId: null,
      accreditedOn: "2026-11-26",
    });
  });

  it("puts a removed leader back on the register", async () => {
    const { supervisor } = await seedCompleteTrainee(world.db);
    await world.db.accreditedLeader.update({
      where: { personId: supervisor.id },
      data: { removedAt: NOW },
    });
    const result = await recordAccreditation(at(1), admin, {
      person: { teamId: TEAM, userId: supervisor.slackUserId },
      accreditedOn: "2026-11-27",
    });
    expect(result.leader).toMatchObject({
      accreditedOn: "2026-11-27",
      removedAt: null,
      removedById: null,
    });
  });

  it("is for admins only, and writes nothing when refused", async () => {
    const before = await rowCounts(world.db);
    const error = await refusalOf(recordAccreditation(at(0), drAhmed, { person: traineeRef }));
    expect(error).toMatchObject({
      code: "FORBIDDEN",
      userMessage: "Only an admin can record an accreditation.",
    });
    expect(await rowCounts(world.db)).toEqual(before);
  });

  it("refuses a future date, someone already accredited, and an application still with the subcommittee", async () => {
    const future = await refusalOf(
      recordAccreditation(at(0), admin, { person: traineeRef, accreditedOn: "2026-12-01" }),
    );
    expect(future).toMatchObject({
      code: "INVALID_INPUT",
      userMessage: "The accreditation date 2026-12-01 is in the future: today is 2026-11-26.",
    });

    await submitApplication(at(0), trainee, { statement: STATEMENT, acknowledgedGaps: true });
    const before = await rowCounts(world.db);
    const pending = await refusalOf(recordAccreditation(at(0), admin, { person: traineeRef }));
    expect(pending).toMatchObject({
      code: "CONFLICT",
      userMessage:
        "Sam Trainee has an application still with the subcommittee (Submitted, waiting for the subcommittee). Record the accreditation once the subcommittee has recommended it.",
    });
    expect(await rowCounts(world.db)).toEqual(before);

    await recordAccreditation(at(0), admin, {
      person: { teamId: TEAM, userId: otherTrainee.userId },
    });
    const twice = await refusalOf(
      recordAccreditation(at(1), admin, {
        person: { teamId: TEAM, userId: otherTrainee.userId, displayName: "Kim Trainee" },
      }),
    );
    expect(twice).toMatchObject({
      code: "CONFLICT",
      userMessage:
        "Kim Trainee is already on the register of accredited leaders (since 26 Nov 2026).",
    });
  });

  it("refuses an admin recording their own accreditation", async () => {
    const error = await refusalOf(
      recordAccreditation(at(0), admin, { person: { teamId: TEAM, userId: admin.userId } }),
    );
    expect(error).toMatchObject({
      code: "FORBIDDEN",
      userMessage: "You cannot record your own accreditation.",
    });
    expect(await rowCounts(world.db)).toMatchObject({ people: 0, leaders: 0 });
  });
});

describe("list-recent-decisions", () => {
  it("lists decisions since a moment, leaving out submissions", async () => {
    const { application } = await submitApplication(at(0), trainee, {
      statement: STATEMENT,
      acknowledgedGaps: true,
    });
    await decideApplication(at(1), drAhmed, {
      applicationId: application.id,
      decision: "not_yet",
      reason: "More co-leading first, please.",
    });
    expect(await listRecentDecisions(at(3), { since: daysAfter(NOW, 2) })).toEqual([]);
    const recent = await listRecentDecisions(at(3), { since: NOW });
    expect(recent).toMatchObject([
      {
        applicationId: application.id,
        fromStatus: "submitted",
        toStatus: "not_yet",
        reason: "More co-leading first, please.",
        at: daysAfter(NOW, 1),
        decidedBy: { displayName: "Dr Ahmed" },
        trainee: { slackUserId: trainee.userId },
      },
    ]);
  });
});
