import type { ActivityKind } from "./activity.ts";
import type { CompetencyId } from "./competencies.ts";
import type { ProfileFacts } from "./progress.ts";

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
  /** "YYYY-MM-DD": trainees starting on or after this date follow this ruleset. */
  inForceFrom: string;
  /** How the society frames the criteria; the bot shows progress and never blocks. */
  note: string;
  /**
   * The typical number of small-group sessions at one Balint Society weekend: a weekend entry
   * that does not say how many the trainee attended counts this many, shown as an assumption.
   */
  sessionsPerWeekend: number;
  /** Evaluated in this order; all of them make up "every criterion met". */
  criteria: readonly CriterionDefinition[];
  /** Activity worth showing that no criterion requires, e.g. peer supervision workshops. */
  informational: readonly InformationalDefinition[];
}

/**
 * How much one logged unit of a kind counts: a number, or "sessionsPerWeekend": the small-group
 * sessions the weekend entry records, else the ruleset's typical number.
 */
export type Weight = number | "sessionsPerWeekend";

export interface CountTerm {
  kind: ActivityKind;
  weight: Weight;
  /** Set when this kind is accepted in place of another, e.g. training days for courses. */
  equivalentTo?: ActivityKind;
}

/** A weighted sum of logged entry counts; kinds not listed count for nothing. */
export interface Tally {
  terms: readonly CountTerm[];
  need: number;
  /** Plural noun for what is counted, e.g. "sessions". */
  unit: string;
}

type FieldsOfType<T> = {
  [K in keyof ProfileFacts]: ProfileFacts[K] extends T ? K : never;
}[keyof ProfileFacts];

/** Profile answers that are yes/no (null: not answered yet). */
export type YesNoProfileField = FieldsOfType<boolean | null>;
/** Profile answers that are free text (null: not answered yet). */
export type TextProfileField = FieldsOfType<string | null>;

interface CriterionBase {
  /** Stable id, e.g. "member-experience". */
  id: string;
  title: string;
  /** The society's own wording, shown to users who ask why. */
  guideline: string;
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
  | ReportCriterion;

export type CriterionKind = CriterionDefinition["kind"];

/** Logged activity shown for information; it never affects whether criteria are met. */
export interface InformationalDefinition {
  id: string;
  title: string;
  kinds: readonly ActivityKind[];
  unit: string;
  note: string;
}

/** The number a weight stands for under `ruleset`. */
export function resolveWeight(weight: Weight, ruleset: Ruleset): number {
  return weight === "sessionsPerWeekend" ? ruleset.sessionsPerWeekend : weight;
}
