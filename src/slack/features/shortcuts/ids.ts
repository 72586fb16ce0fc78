/** The shortcuts' callback ids: they must match both manifests (manifests/*.yaml). */
export const SHORTCUT_IDS = {
  /** Global: "Log a Balint session". */
  logSession: "shortcut_log_session",
  /** Global: "Leadership interest form". */
  interestForm: "shortcut_interest_form",
  /** On a message: "Log as a Balint session", dated the day the message was posted. */
  logFromMessage: "shortcut_log_from_message",
} as const;
