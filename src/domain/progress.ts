import type { ActivityKind, EntryState } from "./activity.ts";
import type { CompetencyId, CompetencyRating } from "./competencies.ts";

/** What the evaluator needs to know about one logged entry. */
export interface EntryFacts {
  kind: ActivityKind;
  /** "YYYY-MM-DD" */
  occurredOn: string;
  count: number;
  /** Weekends: small-group sessions attended there; null means the ruleset's typical number. */
  groupSessions: number | null;
  hours: number | null;
  state: EntryState;
  /** Whether the named co-leader or supervisor was an accredited leader on occurredOn. */
  counterpartAccredited: boolean;
  hasNote: boolean;
  /** Led or co-led sessions: how many cases were discussed (rulesets that count them). */
  caseDiscussions?: number | null;
  /** Supervision: whether the supervised group was recorded (video or audio). */
  recorded?: boolean | null;
  /** Events: who provided it, e.g. "BSANZ", "IBF", "ABS". */
  provider?: string | null;
  /** Events: whether the society approved it before it took place. */
  approvedInAdvance?: boolean | null;
  /** Whether it took place face to face (not by video or telephone); null: not said. */
  faceToFace?: boolean | null;
}

/** An answer to one of the society's own profile questions; null: not answered yet. */
export type ProfileAnswer = boolean | string | null;

/** The trainee's profile; a null field has not been answered yet. */
export interface ProfileFacts {
  ukBalintMember: boolean | null;
  /** "YYYY-MM-DD" when the society confirmed the membership; null: self-declared. */
  membershipConfirmedOn: string | null;
  professionalTraining: string | null;
  psychoanalyticTraining: boolean | null;
  /** What psychoanalytic training, when the answer is yes. */
  psychoanalyticTrainingDetails: string | null;
  /** Answers to the society's own profile questions, by question id (rules model v2). */
  answers?: Readonly<Record<string, ProfileAnswer>>;
}

/** A supervisor's report as the evaluator sees it. */
export interface ReportFacts {
  /** "YYYY-MM-DD" */
  submittedOn: string;
  readyToApply: boolean;
}

/** Everything the evaluator reads: a plain snapshot, gathered by the services. */
export interface TraineeFacts {
  profile: ProfileFacts;
  entries: readonly EntryFacts[];
  hasActiveSupervisor: boolean;
  /** The latest rating per competency, if any. */
  competencies: Partial<Record<CompetencyId, CompetencyRating>>;
  report: { submitted: boolean; readyToApply: boolean } | null;
  /** Every submitted report, oldest first (criteria that need several). */
  reports?: readonly ReportFacts[];
  /** "YYYY-MM-DD": the day the evaluation speaks of (today); criteria over time need it. */
  asOf?: string;
  /** "YYYY-MM-DD": when the trainee's pathway (leader training) started. */
  pathwayStartedOn?: string | null;
  /** "YYYY-MM-DD": when the trainee applied; null while they have not. */
  appliedOn?: string | null;
}

export type CriterionStatus = "met" | "in_progress" | "missing" | "discretion";

export interface CriterionResult {
  /** Stable id from the ruleset, e.g. "member-experience". */
  id: string;
  title: string;
  status: CriterionStatus;
  /** Counted amount: confirmed plus claimed (entries in state claimed; queried/withdrawn never count). */
  have: number;
  need: number;
  confirmed: number;
  claimed: number;
  /** e.g. "sessions", "hours", "courses", "competencies". */
  unit: string;
  /** One line of plain English, e.g. "12 of 20 co-led sessions (9 confirmed, 3 awaiting confirmation); 7 with an accredited leader." */
  explanation: string;
  /** Set when the result depends on a profile answer not yet given, e.g. "Tell us whether you have psychoanalytic training." */
  profileQuestion?: string;
  /** For criteria that prefer an accredited co-leader: how much, confirmed, was with one accredited that day. */
  withAccreditedCounterpart?: number;
  /** The same, still awaiting confirmation (shown apart, never counted in the figure above). */
  withAccreditedClaimed?: number;
  /** A discretionary criterion with nothing to judge yet: a gap to acknowledge at apply. */
  gap?: boolean;
  /** The society calls it desirable: shown, never counted as missing. */
  desirable?: true;
}

/** Logged activity that no criterion requires but is worth showing, e.g. peer supervision workshops. */
export interface InformationalResult {
  id: string;
  title: string;
  /** Confirmed plus claimed, like `have`. */
  count: number;
  unit: string;
  explanation: string;
}

export interface Evaluation {
  rulesetId: string;
  criteria: CriterionResult[];
  /** True when every criterion is met (discretion counts as not blocking, unless it is a gap). */
  allMet: boolean;
  /** Titles of the criteria not met, and of discretionary ones that are gaps, in ruleset order. */
  missing: string[];
  informational?: InformationalResult[];
}
