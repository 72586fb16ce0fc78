import type { CountTerm, CriterionBase, Tally } from "./ruleset.ts";

/**
 * The criterion kinds of rules model v2 (issue 16): what other Balint societies ask for that
 * February 2016's UK criteria did not. Each is documented with an example in docs/criteria.md.
 */

/** One way of meeting a SeveralAmountsCriterion: every part must be reached. */
export interface AmountsOption {
  /** e.g. "two BSANZ intensives" */
  label: string;
  parts: readonly Tally[];
}

/**
 * Several amounts read from the same entries, e.g. 30 case discussions over 20 meetings; met
 * when every part of any one option is reached on confirmed entries.
 */
export interface SeveralAmountsCriterion extends CriterionBase {
  kind: "amounts";
  options: readonly AmountsOption[];
}

/**
 * At least `need` in each period of `periodMonths`, for `periods` periods in a row, counted
 * from the start of the trainee's pathway, e.g. 10 supervision sessions a year for 2 years, or
 * leading at least once a month for 24 months.
 */
export interface RateCriterion extends CriterionBase {
  kind: "rate";
  terms: readonly CountTerm[];
  /** Per period. */
  need: number;
  /** Plural noun, e.g. "supervision sessions". */
  unit: string;
  /** 1: a month; 12: a year; 24: two years. */
  periodMonths: number;
  /** How many periods in a row must reach `need`. */
  periods: number;
}

/**
 * A qualification the trainee declares in their profile (one of the society's profile
 * questions), optionally held for some years before the evaluation date.
 */
export interface QualificationCriterion extends CriterionBase {
  kind: "qualification";
  /** The society's profile question answered yes or no. */
  answer: string;
  /** The profile question holding the day ("YYYY-MM-DD") the qualification was obtained. */
  obtainedOnAnswer?: string;
  /** Years of experience needed since it was obtained. */
  yearsSince?: number;
  question: string;
}

/** At least `minShare` of the counted amount done face to face (not by video or telephone). */
export interface FaceToFaceShareCriterion extends CriterionBase {
  kind: "face_to_face_share";
  terms: readonly CountTerm[];
  unit: string;
  /** 0.5: at least half. */
  minShare: number;
}

/**
 * Several supervisor's reports over time (e.g. six-monthly, four or more), the latest of which
 * says the trainee is ready when `latestSaysReady` is set.
 */
export interface PeriodicReportsCriterion extends CriterionBase {
  kind: "periodic_reports";
  need: number;
  everyMonths: number;
  latestSaysReady: boolean;
}

/** Judged by the society's committee, with no number: says what the committee will look at. */
export interface QualitativeCriterion extends CriterionBase {
  kind: "qualitative";
  /** e.g. "a report or reference from the accredited leader you co-led with, whom they invite". */
  lookAt: string;
}

/** Part of the society's criteria whose text has not been retrieved: shown, never guessed. */
export interface NotYetKnownCriterion extends CriterionBase {
  kind: "not_yet_known";
}
