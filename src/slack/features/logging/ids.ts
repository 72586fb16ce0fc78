/** Ids used only by the logging feature (its shared ones are in src/slack/ids.ts). */
export const LOGGING_IDS = {
  /** The logging modal opened by `/balint log` or the "Log a session" button. */
  logModal: "log_modal",
  /** The logging modal once submitted: what was recorded, with Undo. */
  loggedView: "log_done",
  /** Undo on the message that confirms a one-line log. */
  undo: "log_undo",
  /** Withdraw on a row of `/balint sessions`. */
  withdraw: "log_withdraw",
  /** "My sessions" on the App Home: the list `/balint sessions` shows, in a modal. */
  openSessions: "log_sessions_open",
  sessionsView: "log_sessions",
  undoBlock: "log_result_actions",
  homeActionsBlock: "log_home_actions",
  progressActionsBlock: "log_progress_actions",
} as const;
