import type { Database } from "../../../src/db/client.ts";
import { TEAM } from "../../support/services.ts";

/** One canary per free-text field of Sam's own records, to find anywhere they might leak. */
export const SAM_TEXT = {
  profile: "CANARY-profile-training",
  analysis: "CANARY-profile-analysis",
  note: "CANARY-note",
  query: "CANARY-query",
  comment: "CANARY-comment",
  report: "CANARY-report",
  enquiry: "CANARY-enquiry",
  enquiryReply: "CANARY-enquiry-reply",
  area: "CANARY-area",
  statement: "CANARY-statement",
  decision: "CANARY-decision",
} as const;

/** Text other people own, which Sam's export must not show and Sam's erasure must keep. */
export const OTHERS_TEXT = { patNote: "PAT-note-private", samsReportOnPat: "report-by-sam-on-pat" };

/**
 * A row in every model that can hold something about Sam (U0SAM), plus Pat, another trainee whose
 * session Sam co-led and confirmed, and Dr Ahmed, Sam's supervisor.
 */
export async function seedEverything(db: Database) {
  const person = (slackUserId: string, displayName: string) =>
    db.person.create({ data: { slackTeamId: TEAM, slackUserId, displayName } });
  const sam = await person("U0SAM", "Sam Patel");
  const pat = await person("U0PAT", "Pat Lee");
  const ahmed = await person("U0AHMED", "Dr Ahmed");
  const at = new Date("2026-11-20T10:00:00Z");

  await db.traineeProfile.create({
    data: {
      personId: sam.id,
      professionalTraining: SAM_TEXT.profile,
      psychoanalyticTraining: true,
      psychoanalyticTrainingDetails: SAM_TEXT.analysis,
      rulesetId: "bsuk-2016-02",
      membershipConfirmedOn: "2026-10-01",
      pathwayStartedOn: "2026-09-01",
      pathwayStartSetAt: new Date("2026-11-02T09:00:00Z"),
    },
  });
  await db.accreditedLeader.create({ data: { personId: sam.id, accreditedOn: "2020-01-01" } });
  await db.activityEntry.create({
    data: {
      traineeId: sam.id,
      kind: "coled",
      occurredOn: "2026-11-19",
      counterpartId: ahmed.id,
      note: SAM_TEXT.note,
      state: "queried",
      decidedById: ahmed.id,
      decidedAt: at,
      queryReason: SAM_TEXT.query,
      requestChannel: "D0AHMED",
      requestTs: "1764150000.000100",
    },
  });
  const patEntry = await db.activityEntry.create({
    data: {
      traineeId: pat.id,
      kind: "coled",
      occurredOn: "2026-11-18",
      counterpartId: sam.id,
      note: OTHERS_TEXT.patNote,
      state: "confirmed",
      decidedById: sam.id,
      decidedAt: at,
    },
  });
  await db.supervision.create({
    data: { traineeId: sam.id, supervisorId: ahmed.id, state: "active" },
  });
  await db.supervision.create({
    data: { traineeId: pat.id, supervisorId: sam.id, state: "active" },
  });
  await db.competencySignOff.create({
    data: {
      traineeId: sam.id,
      supervisorId: ahmed.id,
      competency: "C1",
      rating: "developing",
      comment: SAM_TEXT.comment,
    },
  });
  await db.supervisorReport.create({
    data: {
      traineeId: sam.id,
      supervisorId: ahmed.id,
      text: SAM_TEXT.report,
      discussedWithTrainee: true,
      readyToApply: false,
    },
  });
  await db.supervisorReport.create({
    data: {
      traineeId: pat.id,
      supervisorId: sam.id,
      text: OTHERS_TEXT.samsReportOnPat,
      discussedWithTrainee: true,
      readyToApply: true,
    },
  });
  const enquiry = await db.leadershipRequest.create({
    data: {
      kind: "interest_form",
      personId: sam.id,
      answers: JSON.stringify({ hopes: SAM_TEXT.enquiry }),
      reply: SAM_TEXT.enquiryReply,
      answeredById: ahmed.id,
      answeredAt: at,
      postChannel: "C0LEADERS",
      postTs: "1764150000.000200",
    },
  });
  await db.leadershipRequest.create({
    data: {
      kind: "training_day",
      personId: sam.id,
      area: SAM_TEXT.area,
      postChannel: "C0LEADERS",
      postTs: "1764150000.000300",
    },
  });
  const application = await db.application.create({
    data: {
      traineeId: sam.id,
      status: "more_info_requested",
      statement: SAM_TEXT.statement,
      evaluationSnapshot: "{}",
      rulesetId: "bsuk-2016-02",
      postChannel: "C0SUBCOMM",
      postTs: "1764150000.000400",
    },
  });
  await db.applicationEvent.create({
    data: {
      applicationId: application.id,
      toStatus: "more_info_requested",
      actorId: ahmed.id,
      reason: SAM_TEXT.decision,
    },
  });
  await db.auditLog.create({
    data: {
      actorId: sam.id,
      action: "enquiry.submitted",
      subjectType: "leadership_request",
      subjectId: enquiry.id,
      details: '{"name":"Sam"}',
    },
  });
  await db.auditLog.create({
    data: {
      actorId: sam.id,
      action: "entry.confirmed",
      subjectType: "activity_entry",
      subjectId: patEntry.id,
    },
  });
  await db.auditLog.create({
    data: {
      actorId: sam.id,
      action: "nudges.turned_off",
      subjectType: "person",
      subjectId: sam.id,
      details: '{"optedOut":true}',
    },
  });
  await db.jobRun.create({ data: { job: "digest", period: "2026-W48" } });
  return { sam, pat, ahmed, patEntry };
}
