import { evaluate } from "../../../src/domain/evaluate.ts";
import type { Evaluation } from "../../../src/domain/progress.ts";
import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import type { ApplicationRecord } from "../../../src/services/applications/get-application.ts";
import type { MyApplicationResult } from "../../../src/services/applications/get-my-application.ts";
import type { ConfirmationEntry } from "../../../src/services/confirmations/get-confirmation-request.ts";
import type { DigestContent } from "../../../src/services/jobs/gather-digest.ts";
import type { SupervisorOverview } from "../../../src/services/supervision/get-supervisor-overview.ts";
import type { LoggedFacts } from "../../../src/slack/features/logging/views/logged-message.ts";
import type { SessionRow } from "../../../src/slack/features/logging/views/sessions-view.ts";
import { facts, logged } from "../../domain/fixtures/facts.ts";

/** Every kind of live token a user could type into a free-text field. */
export const HOSTILE =
  "<!channel> <!here> <!subteam^S1> <@U1> <https://x|y> &amp; <https://evil.example/login|verify>";

const AT = new Date("2026-11-26T10:00:00Z");
const person = (slackUserId: string) => ({ slackUserId, displayName: HOSTILE });
const summary = (n: number) => ({
  personId: n,
  slackTeamId: "T1",
  slackUserId: `U0PERSON${n}`,
  displayName: HOSTILE,
});

/** A trainee whose professional training (quoted by the checklist) is hostile. */
export function hostileEvaluation(): Evaluation {
  return evaluate(
    BSUK_2016_02,
    facts({
      entries: [logged("group_member", 20), logged("coled", 12)],
      profile: { professionalTraining: HOSTILE },
    }),
  );
}

export function hostileEntry(overrides: Partial<ConfirmationEntry> = {}): ConfirmationEntry {
  return {
    id: 1,
    trainee: { id: 10, slackUserId: "U0TRAINEE" },
    kind: "coled",
    occurredOn: "2026-11-20",
    count: 2,
    hours: null,
    mode: null,
    format: null,
    state: "queried",
    version: 1,
    counterpart: { id: 20, slackUserId: "U0LEADER1", accreditedOn: "2015-05-01" },
    confirmer: { id: 20, slackUserId: "U0LEADER1" },
    supervisorInstead: false,
    decidedBy: { id: 20, slackUserId: "U0LEADER1" },
    decidedAt: AT,
    queryReason: HOSTILE,
    requestChannel: "D1",
    requestTs: "1.000",
    ...overrides,
  };
}

export function hostileSessionRow(): SessionRow {
  return {
    id: 3,
    kind: "coled",
    occurredOn: "2026-11-20",
    count: 2,
    hours: null,
    mode: null,
    format: null,
    state: "queried",
    queryReason: HOSTILE,
    confirmerUserId: "U0LEADER1",
    confirmerIsSupervisorInstead: false,
    hasNote: true,
    withdrawable: true,
  };
}

export function loggedFacts(): LoggedFacts {
  return {
    entry: {
      id: 4,
      kind: "coled",
      occurredOn: "2026-11-20",
      count: 2,
      hours: null,
      mode: null,
      format: null,
      state: "claimed",
      hasNote: true,
    },
    namedUserId: "U0LEADER1",
    needsConfirmation: true,
    confirmerUserId: "U0LEADER1",
    confirmerIsSupervisorInstead: false,
    noConfirmer: null,
    sessionsPerWeekend: 5,
    hasProfile: false,
    command: "/balint",
  };
}

export function hostileApplication(status = "more_info_requested"): ApplicationRecord {
  const evaluation = hostileEvaluation();
  return {
    id: 7,
    status,
    statement: HOSTILE,
    rulesetId: "bsuk-2016-02",
    submittedAt: AT,
    trainee: person("U0TRAINEE"),
    checklist: { criteria: evaluation.criteria, missing: evaluation.missing },
    report: {
      text: HOSTILE,
      submittedAt: AT,
      readyToApply: true,
      discussedWithTrainee: true,
      supervisor: person("U0LEADER1"),
    },
    history: [
      { fromStatus: null, toStatus: "submitted", reason: HOSTILE, at: AT, actor: person("U0T") },
      {
        fromStatus: "submitted",
        toStatus: status,
        reason: HOSTILE,
        at: AT,
        actor: person("U0SUBCOM1"),
      },
    ],
    postChannel: "C0SUBCOMM",
    postTs: "1.000",
  };
}

export function myApplication(status: string): MyApplicationResult {
  return {
    application: {
      id: 7,
      status,
      statement: HOSTILE,
      includesNotes: false,
      submittedAt: AT,
      latestDecision: { toStatus: status, reason: HOSTILE, at: AT, actor: person("U0SUBCOM1") },
    },
    leaderSince: null,
  };
}

export function hostileDigest(): DigestContent {
  return {
    now: AT,
    timeZone: "Europe/London",
    since: new Date("2026-11-19T10:00:00Z"),
    pending: [
      {
        id: 7,
        status: "submitted",
        trainee: summary(1),
        rulesetId: "bsuk-2016-02",
        submittedAt: AT,
        waitingSince: AT,
        ageDays: 30,
        waitingOverFourWeeks: true,
        met: ["Membership"],
        missing: ["Supervisor's report"],
        reportIn: false,
        reportReady: false,
        postChannel: null,
        postTs: null,
      },
    ],
    unanswered: [
      {
        kind: "training_day",
        id: 5,
        person: summary(2),
        createdAt: AT,
        ageDays: 8,
        postChannel: null,
        postTs: null,
      },
    ],
    decisions: [
      {
        applicationId: 9,
        fromStatus: "submitted",
        toStatus: "recommended",
        reason: HOSTILE,
        at: AT,
        decidedBy: summary(3),
        trainee: summary(4),
      },
    ],
  };
}

export function supervisorOverview(): SupervisorOverview {
  return {
    isLeader: true,
    trainees: [
      {
        personId: 10,
        slackUserId: "U0TRAINEE",
        since: AT,
        criteriaMet: 3,
        criteriaTotal: 9,
        awaitingYou: 1,
        reportSubmittedAt: AT,
      },
    ],
    requests: [{ supervisionId: 2, traineeSlackUserId: "U0NEWBIE1", requestedAt: AT }],
    awaiting: [hostileEntry({ state: "claimed", decidedBy: null, decidedAt: null })],
  };
}

export const HOSTILE_ENQUIRY_ANSWERS = {
  professionalTraining: HOSTILE,
  ukBalintMember: "member" as const,
  psychoanalyticTraining: true,
  psychoanalyticTrainingDetails: HOSTILE,
  groupSessions: 12,
  groupWhere: HOSTILE,
  groupWhen: HOSTILE,
  coLeading: HOSTILE,
  leading: HOSTILE,
  supervision: HOSTILE,
  hopes: `${HOSTILE} ${"long ".repeat(400)}`,
};
