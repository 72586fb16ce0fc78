import type { ActivityKind } from "./activity.ts";
import type { CompetencyId } from "./competencies.ts";
import type { ProfileFacts } from "./progress.ts";
import type {
  FaceToFaceShareCriterion,
  NotYetKnownCriterion,
  PeriodicReportsCriterion,
  QualificationCriterion,
  QualitativeCriterion,
  RateCriterion,
  SeveralAmountsCriterion,
} from "./ruleset-v2.ts";

/**
 * A society's accreditation criteria as data. Another year's or another society's criteria
 * are a new Ruleset value evaluated by the same code (see evaluate.ts).
 */
export interface Ruleset {
  /** Stable id stored with each trainee and application, e.g. "bsuk-2016-02". */
  id: string;
  title: string;
  /** Where the criteria come from, e.g. "Balint Society UK criteria, February 2016". */
  source: string;
  /** The society whose criteria these are, e.g. "Balint Society UK". */
  society: string;
  /** "YYYY-MM-DD": trainees starting on or after this date follow this ruleset. */
  inForceFrom: string;
  /** Set when the society's text gives no exact day and `inForceFrom` is the bot's assumption. */
  inForceFromAssumed?: string;
  /** How the society frames the criteria; the bot shows progress and never blocks. */
  note: string;
  /**
   * The typical number of small-group sessions at one Balint Society weekend: a weekend entry
   * that does not say how many the trainee attended counts this many, shown as an assumption.
   */
  sessionsPerWeekend?: number;
  /** The society's wording of the competencies, where it differs from February 2016's. */
  competencyWording?: Partial<Record<CompetencyId, CompetencyWording>>;
  /** Evaluated in this order; all of them make up "every criterion met". */
  criteria: readonly CriterionDefinition[];
  /** Activity worth showing that no criterion requires, e.g. peer supervision workshops. */
  informational: readonly InformationalDefinition[];
}

export interface CompetencyWording {
  title: string;
  text: string;
}

/**
 * How much one logged unit of a kind counts: a number; "sessionsPerWeekend": the small-group
 * sessions the weekend entry records, else the ruleset's typical number; "caseDiscussions": the
 * case discussions the entry records; "doubleHours": the entry's hours in units of 90 minutes.
 */
export type Weight = number | "sessionsPerWeekend" | "caseDiscussions" | "doubleHours";

/** Which entries of a kind count; an entry must have every fact listed. */
export interface EntryFilter {
  /** The named co-leader, group leader or supervisor was accredited on the entry's date. */
  withAccreditedCounterpart?: true;
  /** A supervised group that was recorded (video or audio). */
  recorded?: true;
  /** Who provided the event, among these (as the entry names it, e.g. "BSANZ"). */
  providers?: readonly string[];
  /** The society approved the event before it took place. */
  approvedInAdvance?: true;
}

export interface CountTerm {
  kind: ActivityKind;
  weight: Weight;
  /** Set when this kind is accepted in place of another, e.g. training days for courses. */
  equivalentTo?: ActivityKind;
  /** Only entries with these facts count under this term. */
  only?: EntryFilter;
  /** The ruleset's own words for what the term counts, e.g. ["intensive", "intensives"]. */
  noun?: readonly [singular: string, plural: string];
}

/**
 * When entries must have happened to count: before the trainee applied, before their leader
 * training started, or from its start on. Without it, whenever.
 */
export type Timing = "before_applying" | "before_training" | "from_training_start";

/** A weighted sum of logged entry counts; kinds not listed count for nothing. */
export interface Tally {
  terms: readonly CountTerm[];
  need: number;
  /** Plural noun for what is counted, e.g. "sessions". */
  unit: string;
  timing?: Timing;
}

type FieldsOfType<T> = {
  [K in keyof ProfileFacts]-?: ProfileFacts[K] extends T ? K : never;
}[keyof ProfileFacts];

/** Profile answers that are yes/no (null: not answered yet). */
export type YesNoProfileField = FieldsOfType<boolean | null>;
/** Profile answers that are free text (null: not answered yet). */
export type TextProfileField = FieldsOfType<string | null>;

export interface CriterionBase {
  /** Stable id, e.g. "member-experience". */
  id: string;
  title: string;
  /** The society's own wording, shown to users who ask why. */
  guideline: string;
  /** The society calls it desirable, not essential: shown, never counted as missing. */
  desirable?: true;
}

/** A yes/no the trainee declares in their profile; met when the answer is yes. */
export interface DeclarationCriterion extends CriterionBase {
  kind: "declaration";
  field: YesNoProfileField;
  /** The day ("YYYY-MM-DD") the society confirmed the answer; otherwise it is self-declared. */
  confirmedOnField?: TextProfileField;
  question: string;
  saidYes: string;
  saidNo: string;
}

/** A free-text profile answer; met when it is given. */
export interface ProfileTextCriterion extends CriterionBase {
  kind: "profile_text";
  field: TextProfileField;
  question: string;
}

/** A tally of logged activity, met when the confirmed amount reaches `need`. */
export interface CountCriterion extends CriterionBase, Tally {
  kind: "count";
  /**
   * Show how much of these kinds was done with a counterpart accredited on the session's date
   * (preferred, not required), e.g. co-led sessions with an accredited co-leader.
   */
  preferAccreditedCounterpart?: { kinds: readonly ActivityKind[] };
}

export interface AlternativeOption extends Tally {
  /** Plural noun phrase for the explanation, e.g. "Balint Society weekends as a member". */
  label: string;
  /** What counts towards this option, e.g. "weekends attended as an ordinary group member". */
  counts: string;
}

export interface AlternativeBranch {
  /** e.g. "with psychoanalytic training" */
  label: string;
  /** Any one option met is enough. */
  options: readonly AlternativeOption[];
}

/** Different tallies depending on a yes/no profile answer. */
export interface AlternativesCriterion extends CriterionBase {
  kind: "alternatives";
  field: YesNoProfileField;
  /** The free text that says what the "yes" was, shown with the criterion. */
  detailsField?: TextProfileField;
  question: string;
  whenYes: AlternativeBranch;
  whenNo: AlternativeBranch;
}

/**
 * Supervision lasts until the supervisor is happy to write the report and the trainee is ready:
 * met once the latest report says ready to apply.
 */
export interface SupervisionCriterion extends CriterionBase {
  kind: "supervision";
  /** The kind whose hours are shown. */
  activityKind: ActivityKind;
}

/** Met when every listed competency's latest rating is "demonstrated". */
export interface CompetenciesCriterion extends CriterionBase {
  kind: "competencies";
  competencies: readonly CompetencyId[];
}

/**
 * The trainee's own notes; always "discretion": the subcommittee judges it. With no notes at
 * all it is a gap the trainee acknowledges at apply.
 */
export interface PortfolioCriterion extends CriterionBase {
  kind: "portfolio";
}

/** Met when the supervisor's latest report is in and says ready to apply. */
export interface ReportCriterion extends CriterionBase {
  kind: "report";
}

export type CriterionDefinition =
  | DeclarationCriterion
  | ProfileTextCriterion
  | CountCriterion
  | AlternativesCriterion
  | SupervisionCriterion
  | CompetenciesCriterion
  | PortfolioCriterion
  | ReportCriterion
  | SeveralAmountsCriterion
  | RateCriterion
  | QualificationCriterion
  | FaceToFaceShareCriterion
  | PeriodicReportsCriterion
  | QualitativeCriterion
  | NotYetKnownCriterion;

export type CriterionKind = CriterionDefinition["kind"];

/** Logged activity shown for information; it never affects whether criteria are met. */
export interface InformationalDefinition {
  id: string;
  title: string;
  kinds: readonly ActivityKind[];
  unit: string;
  note: string;
}

/**
 * The number a fixed weight stands for under `ruleset`; weights read from each entry
 * ("caseDiscussions", "doubleHours") stand for 1 per unit here and are read in the tally.
 */
export function resolveWeight(weight: Weight, ruleset: Ruleset): number {
  if (weight === "sessionsPerWeekend") {
    if (ruleset.sessionsPerWeekend === undefined) {
      throw new RangeError(`${ruleset.id} counts weekend sessions without a typical number`);
    }
    return ruleset.sessionsPerWeekend;
  }
  return typeof weight === "number" ? weight : 1;
}
