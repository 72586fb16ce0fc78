/** Callback, action and block ids used only by enquiries and training-day requests. */
export const ENQUIRY_IDS = {
  interestForm: "enquiry_interest_form",
  trainingDayForm: "enquiry_training_day_form",
  /** "Ask for a training day" on the App Home: the same form as `/balint trainingday`. */
  openTrainingDay: "enquiry_training_day_open",
  replyForm: "enquiry_reply_form",
  replyToEnquiry: "enquiry_reply",
  replyToTrainingDay: "training_day_reply",
  replyBlock: "reply",
  postActions: "leadership_post_actions",
} as const;
