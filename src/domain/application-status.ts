/**
 * The life of an accreditation application, as a table of allowed transitions.
 *
 * draft → submitted → more_info_requested → resubmitted → … → recommended → accredited,
 * or not_yet / withdrawn. Every transition records who, when and why; a decision needs a reason.
 */

export const APPLICATION_STATUSES = [
  "draft",
  "submitted",
  "more_info_requested",
  "resubmitted",
  "recommended",
  "accredited",
  "not_yet",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Applications still in play: a trainee may hold only one of these at a time. */
export const OPEN_STATUSES = [
  "submitted",
  "more_info_requested",
  "resubmitted",
  "recommended",
] as const satisfies readonly ApplicationStatus[];

/** Waiting for the subcommittee to decide. */
export const PENDING_DECISION_STATUSES = [
  "submitted",
  "resubmitted",
] as const satisfies readonly ApplicationStatus[];

/** Statuses that record a decision by the subcommittee or (for accreditation) the Council. */
export const DECISION_STATUSES = [
  "more_info_requested",
  "recommended",
  "not_yet",
  "accredited",
] as const satisfies readonly ApplicationStatus[];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: "Draft",
  submitted: "Submitted, waiting for the subcommittee",
  more_info_requested: "More information requested",
  resubmitted: "Resubmitted, waiting for the subcommittee",
  recommended: "Recommended to the Balint Council",
  accredited: "Accredited",
  not_yet: "Not yet",
  withdrawn: "Withdrawn",
};

export const APPLICATION_ACTIONS = [
  "submit",
  "resubmit",
  "withdraw",
  "recommend",
  "more_info",
  "not_yet",
  "accredit",
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** The decisions the subcommittee makes on a pending application. */
export const SUBCOMMITTEE_DECISIONS = [
  "recommend",
  "more_info",
  "not_yet",
] as const satisfies readonly ApplicationAction[];
export type SubcommitteeDecision = (typeof SUBCOMMITTEE_DECISIONS)[number];

export type ApplicationRole = "trainee" | "subcommittee" | "admin";

export interface TransitionRule {
  from: readonly (ApplicationStatus | null)[];
  to: ApplicationStatus;
  /** Who may take this action. Admins may also make the subcommittee's decisions. */
  by: readonly ApplicationRole[];
  reasonRequired: boolean;
  /** How the history reads, e.g. "Dr Ahmed recommended it to the Balint Council". */
  pastTense: string;
}

export const TRANSITIONS: Record<ApplicationAction, TransitionRule> = {
  submit: {
    from: [null, "draft"],
    to: "submitted",
    by: ["trainee"],
    reasonRequired: false,
    pastTense: "submitted it",
  },
  resubmit: {
    from: ["more_info_requested"],
    to: "resubmitted",
    by: ["trainee"],
    reasonRequired: false,
    pastTense: "resubmitted it",
  },
  withdraw: {
    from: ["draft", "submitted", "more_info_requested", "resubmitted", "recommended"],
    to: "withdrawn",
    by: ["trainee"],
    reasonRequired: false,
    pastTense: "withdrew it",
  },
  recommend: {
    from: ["submitted", "resubmitted"],
    to: "recommended",
    by: ["subcommittee", "admin"],
    reasonRequired: true,
    pastTense: "recommended it to the Balint Council",
  },
  more_info: {
    from: ["submitted", "resubmitted"],
    to: "more_info_requested",
    by: ["subcommittee", "admin"],
    reasonRequired: true,
    pastTense: "asked for more information",
  },
  not_yet: {
    from: ["submitted", "resubmitted"],
    to: "not_yet",
    by: ["subcommittee", "admin"],
    reasonRequired: true,
    pastTense: "decided “not yet”",
  },
  accredit: {
    from: ["recommended"],
    to: "accredited",
    by: ["admin"],
    reasonRequired: false,
    pastTense: "recorded the Council's accreditation",
  },
};

export type TransitionResult = { ok: true; to: ApplicationStatus } | { ok: false; error: string };

/** The status after `action`, or why `action` cannot be taken from `from` (null: no application yet). */
export function transition(
  from: ApplicationStatus | null,
  action: ApplicationAction,
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(from)) return { ok: true, to: rule.to };
  const where = from === null ? "before an application exists" : `from “${statusLabel(from)}”`;
  const allowed = rule.from.map((s) => (s === null ? "a new application" : statusLabel(s)));
  return {
    ok: false,
    error: `Cannot ${actionVerb(action)} ${where}; only from: ${allowed.join(", ")}.`,
  };
}

/** The statuses (excluding "no application yet") from which `action` may be taken. */
export function statusesAllowing(action: ApplicationAction): ApplicationStatus[] {
  return TRANSITIONS[action].from.filter((s): s is ApplicationStatus => s !== null);
}

export function mayTake(action: ApplicationAction, role: ApplicationRole): boolean {
  return TRANSITIONS[action].by.includes(role);
}

export function needsReason(action: ApplicationAction): boolean {
  return TRANSITIONS[action].reasonRequired;
}

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function isOpenStatus(value: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(value);
}

export function statusLabel(status: string): string {
  return isApplicationStatus(status) ? APPLICATION_STATUS_LABELS[status] : status;
}

/** The action whose transition ends in `status`, for reading history rows back. */
export function actionReaching(status: string): ApplicationAction | undefined {
  return APPLICATION_ACTIONS.find((action) => TRANSITIONS[action].to === status);
}

/** e.g. "Dr Ahmed recommended it to the Balint Council on 26 Nov 2026". */
export function describeEvent(actorName: string, toStatus: string, day: string): string {
  const action = actionReaching(toStatus);
  const what = action ? TRANSITIONS[action].pastTense : `moved it to “${statusLabel(toStatus)}”`;
  return `${actorName} ${what} on ${day}`;
}

function actionVerb(action: ApplicationAction): string {
  switch (action) {
    case "submit":
      return "submit";
    case "resubmit":
      return "resubmit";
    case "withdraw":
      return "withdraw";
    case "recommend":
      return "recommend";
    case "more_info":
      return "ask for more information";
    case "not_yet":
      return "decide “not yet”";
    case "accredit":
      return "record accreditation";
  }
}
