/** Action and callback ids used by the applications feature only. */
export const APPLICATION_IDS = {
  /** "Apply" / "Apply anyway" / "Update and resubmit" in the `/balint apply` message. */
  openForm: "application_form_open",
  /** The statement modal. */
  formView: "application_form",
  /** The reason modal behind each decision button. */
  decisionView: "application_decision",
  /** The application itself, shown read-only. */
  readOnlyView: "application_read_only",
} as const;

/** The subcommittee's decision buttons on an application post, one per decision. */
export const DECISION_ACTION_IDS = {
  recommend: "application_decide_recommend",
  more_info: "application_decide_more_info",
  not_yet: "application_decide_not_yet",
} as const;
