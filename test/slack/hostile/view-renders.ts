import * as adminHome from "../../../src/slack/features/admin/views/admin-home.ts";
import * as deliveryFailed from "../../../src/slack/features/admin/views/delivery-failed.ts";
import * as leaderForms from "../../../src/slack/features/admin/views/leader-forms.ts";
import * as personForms from "../../../src/slack/features/admin/views/person-forms.ts";
import * as applicationPost from "../../../src/slack/features/applications/views/application-post.ts";
import * as applyMessage from "../../../src/slack/features/applications/views/apply-message.ts";
import * as applyModal from "../../../src/slack/features/applications/views/apply-modal.ts";
import * as checklist from "../../../src/slack/features/applications/views/checklist.ts";
import * as decisionModal from "../../../src/slack/features/applications/views/decision-modal.ts";
import * as homeApplication from "../../../src/slack/features/applications/views/home-application.ts";
import * as appNotices from "../../../src/slack/features/applications/views/notices.ts";
import * as subcommitteeHome from "../../../src/slack/features/applications/views/subcommittee-home.ts";
import * as appText from "../../../src/slack/features/applications/views/text.ts";
import * as interestForm from "../../../src/slack/features/enquiries/views/interest-form.ts";
import * as enquiryMessages from "../../../src/slack/features/enquiries/views/messages.ts";
import * as postStatus from "../../../src/slack/features/enquiries/views/post-status.ts";
import * as replyForm from "../../../src/slack/features/enquiries/views/reply-form.ts";
import * as requestPost from "../../../src/slack/features/enquiries/views/request-post.ts";
import * as trainingDayForm from "../../../src/slack/features/enquiries/views/training-day-form.ts";
import * as entryWords from "../../../src/slack/features/logging/views/entry-words.ts";
import * as logModalValues from "../../../src/slack/features/logging/views/log-modal-values.ts";
import * as logModalView from "../../../src/slack/features/logging/views/log-modal-view.ts";
import * as loggedMessage from "../../../src/slack/features/logging/views/logged-message.ts";
import * as loggedModal from "../../../src/slack/features/logging/views/logged-modal.ts";
import * as progressView from "../../../src/slack/features/logging/views/progress-view.ts";
import * as sessionsView from "../../../src/slack/features/logging/views/sessions-view.ts";
import * as settingsView from "../../../src/slack/features/logging/views/settings-view.ts";
import * as privacyMessages from "../../../src/slack/features/privacy/views/privacy-messages.ts";
import * as profileForm from "../../../src/slack/features/profile/views/profile-form.ts";
import * as profileSaved from "../../../src/slack/features/profile/views/profile-saved.ts";
import * as adminReplies from "../../../src/slack/features/scheduled/views/admin-replies.ts";
import * as remindersView from "../../../src/slack/features/scheduled/views/confirmations-reminder.ts";
import * as digestMessage from "../../../src/slack/features/scheduled/views/digest-message.ts";
import * as idleNudge from "../../../src/slack/features/scheduled/views/idle-nudge.ts";
import * as listLines from "../../../src/slack/features/scheduled/views/list-lines.ts";
import * as askSupervisorModal from "../../../src/slack/features/supervision/views/ask-supervisor-modal.ts";
import * as confirmationMessage from "../../../src/slack/features/supervision/views/confirmations/confirmation-message.ts";
import * as correctedSessions from "../../../src/slack/features/supervision/views/confirmations/corrected-sessions.ts";
import * as entryDecisionNotice from "../../../src/slack/features/supervision/views/confirmations/decision-notice.ts";
import * as entryValues from "../../../src/slack/features/supervision/views/confirmations/entry-values.ts";
import * as queryModal from "../../../src/slack/features/supervision/views/confirmations/query-modal.ts";
import * as reminderAnswers from "../../../src/slack/features/supervision/views/confirmations/reminder-answers.ts";
import * as entryText from "../../../src/slack/features/supervision/views/entry-text.ts";
import * as leadersList from "../../../src/slack/features/supervision/views/leaders-list.ts";
import * as competenciesModal from "../../../src/slack/features/supervision/views/sign-off/competencies-modal.ts";
import * as reportModal from "../../../src/slack/features/supervision/views/sign-off/report-modal.ts";
import * as signOffNotices from "../../../src/slack/features/supervision/views/sign-off/sign-off-notices.ts";
import * as supervisionRequest from "../../../src/slack/features/supervision/views/supervision-request.ts";
import * as supervisorHome from "../../../src/slack/features/supervision/views/supervisor-home.ts";
import * as blocks from "../../../src/slack/views/blocks.ts";
import * as criteriaBasis from "../../../src/slack/views/criteria-basis.ts";
import * as help from "../../../src/slack/views/help.ts";
import * as inputs from "../../../src/slack/views/inputs.ts";
import * as limits from "../../../src/slack/views/limits.ts";
import * as mrkdwn from "../../../src/slack/views/mrkdwn.ts";
import * as noticeModal from "../../../src/slack/views/notice-modal.ts";

/** Every module under a `views` folder of src/slack, by its path from the repository root. */
export const VIEW_MODULES: Record<string, Record<string, unknown>> = {
  "src/slack/features/admin/views/admin-home.ts": adminHome,
  "src/slack/features/admin/views/delivery-failed.ts": deliveryFailed,
  "src/slack/features/admin/views/leader-forms.ts": leaderForms,
  "src/slack/features/admin/views/person-forms.ts": personForms,
  "src/slack/features/applications/views/home-application.ts": homeApplication,
  "src/slack/features/applications/views/subcommittee-home.ts": subcommitteeHome,
  "src/slack/features/supervision/views/ask-supervisor-modal.ts": askSupervisorModal,
  "src/slack/features/supervision/views/confirmations/reminder-answers.ts": reminderAnswers,
  "src/slack/features/applications/views/application-post.ts": applicationPost,
  "src/slack/features/applications/views/apply-message.ts": applyMessage,
  "src/slack/features/applications/views/apply-modal.ts": applyModal,
  "src/slack/features/applications/views/checklist.ts": checklist,
  "src/slack/features/applications/views/decision-modal.ts": decisionModal,
  "src/slack/features/applications/views/notices.ts": appNotices,
  "src/slack/features/applications/views/text.ts": appText,
  "src/slack/features/enquiries/views/interest-form.ts": interestForm,
  "src/slack/features/enquiries/views/messages.ts": enquiryMessages,
  "src/slack/features/enquiries/views/post-status.ts": postStatus,
  "src/slack/features/enquiries/views/reply-form.ts": replyForm,
  "src/slack/features/enquiries/views/training-day-form.ts": trainingDayForm,
  "src/slack/features/enquiries/views/request-post.ts": requestPost,
  "src/slack/features/logging/views/entry-words.ts": entryWords,
  "src/slack/features/logging/views/log-modal-values.ts": logModalValues,
  "src/slack/features/logging/views/log-modal-view.ts": logModalView,
  "src/slack/features/logging/views/logged-message.ts": loggedMessage,
  "src/slack/features/logging/views/logged-modal.ts": loggedModal,
  "src/slack/features/logging/views/progress-view.ts": progressView,
  "src/slack/features/logging/views/sessions-view.ts": sessionsView,
  "src/slack/features/logging/views/settings-view.ts": settingsView,
  "src/slack/features/profile/views/profile-form.ts": profileForm,
  "src/slack/features/profile/views/profile-saved.ts": profileSaved,
  "src/slack/features/scheduled/views/admin-replies.ts": adminReplies,
  "src/slack/features/scheduled/views/confirmations-reminder.ts": remindersView,
  "src/slack/features/scheduled/views/digest-message.ts": digestMessage,
  "src/slack/features/scheduled/views/idle-nudge.ts": idleNudge,
  "src/slack/features/scheduled/views/list-lines.ts": listLines,
  "src/slack/features/supervision/views/confirmations/confirmation-message.ts": confirmationMessage,
  "src/slack/features/supervision/views/confirmations/corrected-sessions.ts": correctedSessions,
  "src/slack/features/supervision/views/confirmations/entry-values.ts": entryValues,
  "src/slack/features/supervision/views/confirmations/decision-notice.ts": entryDecisionNotice,
  "src/slack/features/supervision/views/confirmations/query-modal.ts": queryModal,
  "src/slack/features/supervision/views/entry-text.ts": entryText,
  "src/slack/features/supervision/views/leaders-list.ts": leadersList,
  "src/slack/features/privacy/views/privacy-messages.ts": privacyMessages,
  "src/slack/views/criteria-basis.ts": criteriaBasis,
  "src/slack/features/supervision/views/sign-off/competencies-modal.ts": competenciesModal,
  "src/slack/features/supervision/views/sign-off/report-modal.ts": reportModal,
  "src/slack/features/supervision/views/sign-off/sign-off-notices.ts": signOffNotices,
  "src/slack/features/supervision/views/supervision-request.ts": supervisionRequest,
  "src/slack/features/supervision/views/supervisor-home.ts": supervisorHome,
  "src/slack/views/blocks.ts": blocks,
  "src/slack/views/help.ts": help,
  "src/slack/views/inputs.ts": inputs,
  "src/slack/views/limits.ts": limits,
  "src/slack/views/mrkdwn.ts": mrkdwn,
  "src/slack/views/notice-modal.ts": noticeModal,
};
