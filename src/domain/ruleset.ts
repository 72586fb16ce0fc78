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
  /** How many member group sessions one Balint Society weekend counts as. */
  sessionsPerWeekend: number;
  /** Evaluated in this order; all of them make up "every criterion met". */
  criteria: readonly CriterionDefinition[];
  /** Activity worth showing that no criterion requires, e.g. peer supervision workshops. */
  informational: readonly InformationalDefinition[];
}

/** How much one logged unit of a kind counts: a number, or the ruleset's sessionsPerWeekend. */
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
  /** Show how much was done with an accredited co-leader or supervisor (preferred, not required). */
  preferAccreditedCounterpart?: boolean;
}

export interface AlternativeOption extends Tally {
  /** Plural noun phrase for the explanation, e.g. "Balint Society weekends as a member". */
  label: string;
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
  question: string;
  whenYes: AlternativeBranch;
  whenNo: AlternativeBranch;
}

/** Supervision lasts until the supervisor writes the report: met once the report is submitted. */
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

/** The trainee's own notes; always "discretion": the subcommittee judges it. */
export interface PortfolioCriterion extends CriterionBase {
  kind: "portfolio";
}

/** Met when the supervisor's report is submitted. */
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
