/**
 * Action and callback ids that more than one part of the bot uses. Ids used by one feature only
 * live beside that feature.
 */
export const SHARED_IDS = {
  /** Turns the eight-week "nothing logged" nudges on or off (App Home and the nudge DM). */
  toggleNudges: "nudges_toggle",
  /** Opens the profile modal (from progress, App Home, or a prompt). */
  openProfile: "profile_open",
  /** Opens the logging modal. */
  openLog: "log_open",
  /** Opens the leadership interest form (the newcomer's App Home). */
  openInterest: "enquiry_interest_open",
  /** Opens an application in the subcommittee channel (from the digest). */
  openApplication: "application_open",
} as const;
