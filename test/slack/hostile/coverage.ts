import { BSUK_2016_02 } from "../../../src/domain/rulesets/bsuk-2016-02.ts";
import { SOCIETIES } from "../../../src/domain/societies.ts";
import { adminHomeBlocks } from "../../../src/slack/features/admin/views/admin-home.ts";
import * as deliveryFailed from "../../../src/slack/features/admin/views/delivery-failed.ts";
import * as app from "../../../src/slack/features/applications/views/application-post.ts";
import { applyMessage } from "../../../src/slack/features/applications/views/apply-message.ts";
import { applyModal } from "../../../src/slack/features/applications/views/apply-modal.ts";
import { checklistLines } from "../../../src/slack/features/applications/views/checklist.ts";
import { decisionModal } from "../../../src/slack/features/applications/views/decision-modal.ts";
import { homeApplication } from "../../../src/slack/features/applications/views/home-application.ts";
import * as notices from "../../../src/slack/features/applications/views/notices.ts";
import { subcommitteeHomeBlocks } from "../../../src/slack/features/applications/views/subcommittee-home.ts";
import { longTextSections, quote } from "../../../src/slack/features/applications/views/text.ts";
import * as enquiryMessages from "../../../src/slack/features/enquiries/views/messages.ts";
import { requestPostMessage } from "../../../src/slack/features/enquiries/views/request-post.ts";
import * as progress from "../../../src/slack/features/logging/views/progress-view.ts";
import { sessionsBlocks } from "../../../src/slack/features/logging/views/sessions-view.ts";
import { profileFormView } from "../../../src/slack/features/profile/views/profile-form.ts";
import { profileSavedMessage } from "../../../src/slack/features/profile/views/profile-saved.ts";
import {
  applicationBlock,
  digestMessage,
} from "../../../src/slack/features/scheduled/views/digest-message.ts";
import * as confirmations from "../../../src/slack/features/supervision/views/confirmations/confirmation-message.ts";
import { correctedSessionsModal } from "../../../src/slack/features/supervision/views/confirmations/corrected-sessions.ts";
import { decisionNotice as entryNotice } from "../../../src/slack/features/supervision/views/confirmations/decision-notice.ts";
import { queryModal } from "../../../src/slack/features/supervision/views/confirmations/query-modal.ts";
import { competenciesModal } from "../../../src/slack/features/supervision/views/sign-off/competencies-modal.ts";
import { reportModal } from "../../../src/slack/features/supervision/views/sign-off/report-modal.ts";
import * as signOff from "../../../src/slack/features/supervision/views/sign-off/sign-off-notices.ts";
import { supervisorHomeBlocks } from "../../../src/slack/features/supervision/views/supervisor-home.ts";
import { quoteUserText } from "../../../src/slack/views/mrkdwn.ts";
import {
  HOSTILE,
  HOSTILE_ENQUIRY_ANSWERS,
  hostileApplication,
  hostileDigest,
  hostileEntry,
  hostileEvaluation,
  hostileSessionRow,
  myApplication,
  supervisorOverview,
} from "./hostile-fixtures.ts";

/**
 * How each exported function of the views folders meets users' text: rendered here with
 * hostile values in every free-text field (`shows`: the text must appear, escaped or verbatim),
 * or a reason why it takes none. A new export fails the test until it is added here.
 */
export type Cover = { renders: () => unknown[]; shows: boolean } | string;

const TZ = "Europe/London";
const OPTIONS = { timeZone: TZ, command: "/balint", society: SOCIETIES.bsuk };
const NO_TEXT = "takes no free text: ids, dates, counts, states and the bot's own words only";
const PRIMITIVE =
  "a Block Kit primitive: callers escape users' text with escapeMrkdwn first (or use plain_text)";
const PLAIN = "puts its text in plain_text objects only, which Slack never parses";
const HELPER = "a helper returning no Block Kit (a word, a number or a parser)";
const shows = (renders: () => unknown[]): Cover => ({ renders, shows: true });

const evaluation = hostileEvaluation();
const progressFacts = {
  ruleset: BSUK_2016_02,
  evaluation,
  hasProfile: true,
};
const STATUSES = ["submitted", "more_info_requested", "recommended", "not_yet", "accredited"];

export const COVERAGE: Record<string, Record<string, Cover>> = {
  "src/slack/features/admin/views/admin-home.ts": {
    adminHomeBlocks: {
      renders: () => [
        adminHomeBlocks({
          leaders: [
            {
              personId: 1,
              slackTeamId: "T1",
              slackUserId: "<!channel>",
              displayName: HOSTILE,
              accreditedOn: "2015-05-01",
            },
          ],
          jobs: [
            { job: "digest", last: null },
            {
              job: HOSTILE,
              last: { period: "2026-W48", startedAt: new Date(), finishedAt: null },
            },
          ],
          jobNames: { digest: "Weekly digest" },
          timeZone: TZ,
        }),
      ],
      shows: false,
    },
  },
  // Slack's error code and the effect's type are the bot's and Slack's words, escaped all the same.
  "src/slack/features/admin/views/delivery-failed.ts": {
    deliveryFailedMessage: shows(() => [
      deliveryFailed.deliveryFailedMessage({
        id: 1,
        effect: HOSTILE,
        attempts: 3,
        lastError: HOSTILE,
      }),
    ]),
    redeliveryQueuedMessage: shows(() => [
      deliveryFailed.redeliveryQueuedMessage({
        id: 1,
        effect: HOSTILE,
        attempts: 3,
        lastError: HOSTILE,
      }),
    ]),
  },
  "src/slack/features/admin/views/leader-forms.ts": {
    addLeaderModal: NO_TEXT,
    removeLeaderModal: "takes a Slack user id, which Slack's user picker shows as the person",
  },
  "src/slack/features/admin/views/person-forms.ts": {
    personFormModal: NO_TEXT,
    eraseConfirmModal: "takes a Slack user id, shown as a mention",
    personFormResultModal:
      "shows the answer its command gives, built by other view functions that escape users' text",
  },
  "src/slack/features/applications/views/home-application.ts": {
    homeApplication: {
      renders: () =>
        STATUSES.map((status) => [homeApplication(myApplication(status), evaluation, TZ).line]),
      shows: false,
    },
  },
  "src/slack/features/applications/views/subcommittee-home.ts": {
    subcommitteeHomeBlocks: {
      renders: () => {
        const { pending, decisions } = hostileDigest();
        return [subcommitteeHomeBlocks({ pending, decisions, timeZone: TZ })];
      },
      shows: false,
    },
  },
  "src/slack/features/supervision/views/ask-supervisor-modal.ts": {
    askSupervisorModal: NO_TEXT,
  },
  "src/slack/features/supervision/views/confirmations/reminder-answers.ts": {
    confirmedFromReminderText: NO_TEXT,
    snoozedText: NO_TEXT,
  },
  "src/slack/features/applications/views/application-post.ts": {
    awaitsDecision: HELPER,
    applicationBlocks: shows(() =>
      STATUSES.map((s) => app.applicationBlocks(hostileApplication(s), OPTIONS)),
    ),
    applicationPost: shows(() =>
      STATUSES.map((s) => app.applicationPost(hostileApplication(s), OPTIONS)),
    ),
  },
  "src/slack/features/applications/views/apply-message.ts": {
    nextStep: "a button whose value holds ids only; its words are the bot's own",
    applyMessage: shows(() =>
      ["submitted", "more_info_requested", "recommended", "not_yet"].map((status) =>
        applyMessage({ evaluation, hasProfile: false, mine: myApplication(status), ...OPTIONS }),
      ),
    ),
  },
  "src/slack/features/applications/views/apply-modal.ts": {
    applyModal: shows(() => [
      applyModal({
        metadata: { mode: "resubmit", id: 7, gaps: true },
        evaluation,
        previous: { statement: HOSTILE, question: HOSTILE, includesNotes: false },
      }),
    ]),
  },
  "src/slack/features/applications/views/checklist.ts": {
    statusIcon: HELPER,
    checklistLines: shows(() => [checklistLines(evaluation.criteria)]),
    metCount: HELPER,
    missingLine: "lists the ruleset's criterion titles, never users' text",
  },
  "src/slack/features/applications/views/decision-modal.ts": {
    decisionModal: {
      renders: () => [
        decisionModal({ id: 7, decision: "more_info", trainee: HOSTILE, seen: 3 }, SOCIETIES.bsuk),
      ],
      shows: false,
    },
  },
  "src/slack/features/applications/views/notices.ts": {
    submittedNotice: "lists the ruleset's criterion titles, never users' text",
    decisionNotice: shows(() => [
      notices.decisionNotice("more_info", HOSTILE, "/balint", SOCIETIES.bsuk),
    ]),
    accreditedNotice: NO_TEXT,
    accreditedConfirmation: NO_TEXT,
    resubmittedAnnouncement: NO_TEXT,
  },
  "src/slack/features/applications/views/text.ts": {
    quote: shows(() => [quote(HOSTILE)]),
    dayOf: HELPER,
    oneLine: HELPER,
    longTextSections: shows(() => [longTextSections("Statement", HOSTILE.repeat(60))]),
  },
  "src/slack/features/enquiries/views/interest-form.ts": { interestFormView: NO_TEXT },
  "src/slack/features/enquiries/views/messages.ts": {
    requestSentMessage: shows(() => [
      enquiryMessages.requestSentMessage({
        kind: "training_day",
        answers: { area: HOSTILE, details: HOSTILE },
      }),
    ]),
    replyMessage: shows(() => [
      enquiryMessages.replyMessage({
        kind: "interest_form",
        replierUserId: "U0LEADER1",
        reply: HOSTILE,
      }),
    ]),
  },
  "src/slack/features/enquiries/views/post-status.ts": {
    answeredLine: NO_TEXT,
    replyFooter: NO_TEXT,
  },
  "src/slack/features/enquiries/views/reply-form.ts": { replyFormView: NO_TEXT },
  "src/slack/features/enquiries/views/training-day-form.ts": { trainingDayFormView: NO_TEXT },
  "src/slack/features/enquiries/views/request-post.ts": {
    requestPostMessage: shows(() => [
      requestPostMessage({
        requestId: 1,
        askerUserId: "U0NEWBIE1",
        content: { kind: "interest_form", answers: HOSTILE_ENQUIRY_ANSWERS },
        receivedOn: "2026-11-26",
        answered: null,
      }),
      requestPostMessage({
        requestId: 2,
        askerUserId: "U0NEWBIE1",
        content: { kind: "training_day", answers: { area: HOSTILE, details: HOSTILE } },
        receivedOn: "2026-11-26",
        answered: { byUserId: "U0LEADER1", on: "2026-11-27" },
      }),
    ]),
  },
  "src/slack/features/logging/views/entry-words.ts": {
    amount: HELPER,
    describeEntry: "describes an entry by kind, count and date; never its note",
    entryLine: "describes an entry by kind, count and date; never its note",
  },
  "src/slack/features/logging/views/log-modal-values.ts": {
    readLogModal: HELPER,
    logModalErrors: HELPER,
  },
  "src/slack/features/logging/views/log-modal-view.ts": {
    logModalView:
      "the note and the provider come back only as plain_text_input initial_values, never parsed",
  },
  "src/slack/features/logging/views/logged-message.ts": {
    loggedBlocks: "never shows the note; the words about confirmers are the bot's own",
    loggedMessage: "never shows the note; the words about confirmers are the bot's own",
    noConfirmerText: HELPER,
    undoneMessage: NO_TEXT,
  },
  "src/slack/features/logging/views/logged-modal.ts": {
    loggedModalView: "never shows the note; the words about confirmers are the bot's own",
    undoneModalView: NO_TEXT,
  },
  "src/slack/features/logging/views/progress-view.ts": {
    criterionText: shows(() => evaluation.criteria.map(progress.criterionText)),
    checklistBlocks: shows(() => [progress.checklistBlocks(progressFacts, "/balint")]),
    profileWouldHelp: HELPER,
    progressBlocks: shows(() => [progress.progressBlocks(progressFacts, "/balint")]),
    traineeHomeBlocks: shows(() => [
      progress.traineeHomeBlocks(progressFacts, "/balint", { line: null, button: undefined }),
    ]),
    progressText: NO_TEXT,
  },
  "src/slack/features/logging/views/sessions-view.ts": {
    sessionsBlocks: shows(() => [
      sessionsBlocks([hostileSessionRow()], { command: "/balint", limit: 20, notice: "Done." }),
    ]),
    sessionsText: NO_TEXT,
  },
  "src/slack/features/logging/views/settings-view.ts": {
    settingsBlocks: NO_TEXT,
    nudgesChangedText: NO_TEXT,
  },
  "src/slack/features/profile/views/profile-form.ts": {
    criteriaName: "names the ruleset, which is the society's data",
    profileLoadingView: NO_TEXT,
    profileFormView: shows(() => [
      profileFormView(
        {
          ukBalintMember: true,
          professionalTraining: HOSTILE,
          psychoanalyticTraining: false,
          pathwayStartedOn: null,
        },
        BSUK_2016_02,
      ),
    ]),
  },
  "src/slack/features/profile/views/profile-saved.ts": {
    profileSavedMessage: shows(() => [
      profileSavedMessage(
        {
          ukBalintMember: true,
          professionalTraining: HOSTILE,
          psychoanalyticTraining: null,
          pathwayStartedOn: "2026-01-01",
        },
        BSUK_2016_02,
        "/balint",
      ),
    ]),
  },
  "src/slack/features/scheduled/views/admin-replies.ts": {
    digestPostedReply: "counts only, and the channel id from the configuration",
    remindersSentReply: NO_TEXT,
  },
  "src/slack/features/scheduled/views/confirmations-reminder.ts": {
    confirmationsReminderMessage: NO_TEXT,
  },
  "src/slack/features/scheduled/views/digest-message.ts": {
    // No typed text: requests are named by kind, person and age (their text stays in the leadership channel).
    digestMessage: {
      renders: () => [digestMessage(hostileDigest(), { requested: true })],
      shows: false,
    },
    applicationBlock: {
      renders: () => hostileDigest().pending.map(applicationBlock),
      shows: false,
    },
  },
  "src/slack/features/scheduled/views/idle-nudge.ts": { idleNudgeMessage: NO_TEXT },
  "src/slack/features/scheduled/views/list-lines.ts": {
    bulletedList: PRIMITIVE,
    plural: HELPER,
    waited: HELPER,
  },
  "src/slack/features/supervision/views/confirmations/confirmation-message.ts": {
    entryOutcome: shows(() => [confirmations.entryOutcome(hostileEntry(), TZ)]),
    confirmationRequestMessage: shows(() => [
      confirmations.confirmationRequestMessage([hostileEntry(), hostileEntry({ id: 2 })], TZ),
    ]),
  },
  "src/slack/features/supervision/views/confirmations/corrected-sessions.ts": {
    correctedSessionsModal: {
      renders: () => [correctedSessionsModal([hostileEntry({ state: "claimed" })], 1, TZ)],
      shows: false,
    },
  },
  "src/slack/features/supervision/views/confirmations/entry-values.ts": {
    shownEntry: HELPER,
    shownEntries: HELPER,
    readShownEntry: HELPER,
    readShownEntries: HELPER,
  },
  "src/slack/features/supervision/views/confirmations/decision-notice.ts": {
    decisionNotice: shows(() => [
      entryNotice("U0LEADER1", [hostileEntry(), hostileEntry({ id: 2, state: "confirmed" })], "/b"),
    ]),
  },
  "src/slack/features/supervision/views/confirmations/query-modal.ts": {
    queryModal: { renders: () => [queryModal(hostileEntry({ state: "claimed" }))], shows: false },
  },
  "src/slack/features/supervision/views/entry-text.ts": {
    entrySummary: "describes an entry by kind, count, hours, mode and date; never its note",
    entryPhrase: "describes an entry by kind, count and date; never its note",
    formatMoment: HELPER,
  },
  "src/slack/features/supervision/views/leaders-list.ts": {
    leadersListMessage: NO_TEXT,
    leaderPeriodsMessage: NO_TEXT,
  },
  "src/slack/views/criteria-basis.ts": {
    criteriaName: "names a ruleset from the project's own data",
    basisPhrase: NO_TEXT,
    criteriaLine: NO_TEXT,
  },
  "src/slack/features/privacy/views/privacy-messages.ts": {
    exportComment: NO_TEXT,
    exportSentReply: NO_TEXT,
    eraseConfirmation: NO_TEXT,
    erasedReply: NO_TEXT,
  },
  "src/slack/features/supervision/views/sign-off/competencies-modal.ts": {
    ratingBlock: HELPER,
    commentBlock: HELPER,
    competenciesModal: shows(() => [
      competenciesModal(
        {
          trainee: { id: 10, slackUserId: "U0TRAINEE" },
          latest: { C1: { rating: "demonstrated", comment: HOSTILE, signedAt: new Date() } },
        },
        "T1",
        TZ,
      ),
    ]),
  },
  "src/slack/features/supervision/views/sign-off/report-modal.ts": {
    competencyGaps: "names competencies and ratings in the society's words only",
    readyWarning: "names competencies and ratings in the society's words only",
    reportModal: shows(() => [
      reportModal(
        {
          trainee: { id: 10, slackUserId: "U0TRAINEE" },
          previous: { text: HOSTILE, readyToApply: true, submittedAt: new Date() },
          belowDemonstrated: [],
        },
        "T1",
      ),
    ]),
  },
  "src/slack/features/supervision/views/sign-off/sign-off-notices.ts": {
    competenciesNotice: shows(() => [
      signOff.competenciesNotice({
        supervisorUserId: "U0LEADER1",
        signOffs: [{ competency: "C1", rating: "demonstrated", comment: HOSTILE }],
        previous: { C1: "developing" },
        date: "26 Nov 2026",
      }),
    ]),
    reportMessage: shows(() =>
      [true, false].map((forTrainee) =>
        signOff.reportMessage({
          supervisorUserId: "U0LEADER1",
          traineeUserId: "U0TRAINEE",
          text: `${HOSTILE}\n`.repeat(80),
          readyToApply: true,
          date: "26 Nov 2026",
          forTrainee,
        }),
      ),
    ),
  },
  "src/slack/features/supervision/views/supervision-request.ts": {
    supervisionRequestMessage: NO_TEXT,
    supervisionAnsweredMessage: NO_TEXT,
    supervisionOutcomeMessage: NO_TEXT,
  },
  "src/slack/features/supervision/views/supervisor-home.ts": {
    supervisorHomeBlocks: {
      renders: () => [supervisorHomeBlocks(supervisorOverview(), OPTIONS)],
      shows: false,
    },
  },
  "src/slack/views/blocks.ts": {
    plain: PLAIN,
    header: PLAIN,
    section: PRIMITIVE,
    fields: PRIMITIVE,
    context: PRIMITIVE,
    divider: NO_TEXT,
    button: PLAIN,
    actions: NO_TEXT,
    mention: "escapes anything but a Slack user id (tested below)",
  },
  "src/slack/views/help.ts": { helpBlocks: NO_TEXT, helpText: NO_TEXT },
  "src/slack/views/inputs.ts": {
    textInput: PLAIN,
    wholeNumberInput: PLAIN,
    radioInput: PLAIN,
    dateInput: PLAIN,
    yesNoValue: HELPER,
    modal: PLAIN,
  },
  "src/slack/views/limits.ts": { truncate: HELPER },
  "src/slack/views/mrkdwn.ts": {
    escapeMrkdwn: "the one escaping function itself",
    quoteUserText: shows(() => [quoteUserText(HOSTILE)]),
    isSlackUserId: HELPER,
    chunksWithin: HELPER,
  },
  "src/slack/views/notice-modal.ts": {
    readOnlyModal: PRIMITIVE,
    noticeModal: PRIMITIVE,
    loadingModal: NO_TEXT,
  },
};
