import type { LeadershipRequestKind } from "../../../domain/leadership-request.ts";

/** Callback, action and block ids used only by requests to the leadership team. */
export const ENQUIRY_IDS = {
  interestForm: "enquiry_interest_form",
  trainingDayForm: "enquiry_training_day_form",
  /** "Ask for a training day" on the App Home: the same form as `/balint trainingday`. */
  openTrainingDay: "enquiry_training_day_open",
  replyForm: "enquiry_reply_form",
  replyToRequest: "leadership_request_reply",
  replyBlock: "reply",
  postActions: "leadership_post_actions",
} as const;

/**
 * The reply buttons of posts drawn before enquiries and training-day requests became one table.
 * Those posts are still in the channel, so their buttons still open the reply form.
 */
export const OLD_REPLY_ACTIONS: Readonly<Record<string, LeadershipRequestKind>> = {
  enquiry_reply: "interest_form",
  training_day_reply: "training_day",
};
