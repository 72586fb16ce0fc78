import { evaluateAlternatives, evaluateCount } from "./evaluation/activity-criteria.ts";
import { evaluateFaceToFaceShare, evaluateSeveralAmounts } from "./evaluation/amounts-criteria.ts";
import {
  evaluateNotYetKnown,
  evaluatePeriodicReports,
  evaluateQualification,
  evaluateQualitative,
} from "./evaluation/judgement-criteria.ts";
import { evaluateDeclaration, evaluateProfileText } from "./evaluation/profile-criteria.ts";
import { evaluateRate } from "./evaluation/rate-criteria.ts";
import {
  evaluateCompetencies,
  evaluatePortfolio,
  evaluateReport,
  evaluateSupervision,
} from "./evaluation/supervision-criteria.ts";
import { countingEntries } from "./evaluation/tally.ts";
import { formatAmount } from "./evaluation/wording.ts";
import type { CriterionResult, Evaluation, InformationalResult, TraineeFacts } from "./progress.ts";
import type { CriterionDefinition, InformationalDefinition, Ruleset } from "./ruleset.ts";

function evaluateCriterion(
  criterion: CriterionDefinition,
  facts: TraineeFacts,
  ruleset: Ruleset,
): CriterionResult {
  switch (criterion.kind) {
    case "declaration":
      return evaluateDeclaration(criterion, facts);
    case "profile_text":
      return evaluateProfileText(criterion, facts);
    case "count":
      return evaluateCount(criterion, facts, ruleset);
    case "alternatives":
      return evaluateAlternatives(criterion, facts, ruleset);
    case "supervision":
      return evaluateSupervision(criterion, facts);
    case "competencies":
      return evaluateCompetencies(criterion, facts, ruleset);
    case "portfolio":
      return evaluatePortfolio(criterion, facts);
    case "report":
      return evaluateReport(criterion, facts);
    case "amounts":
      return evaluateSeveralAmounts(criterion, facts, ruleset);
    case "rate":
      return evaluateRate(criterion, facts, ruleset);
    case "qualification":
      return evaluateQualification(criterion, facts);
    case "face_to_face_share":
      return evaluateFaceToFaceShare(criterion, facts, ruleset);
    case "periodic_reports":
      return evaluatePeriodicReports(criterion, facts);
    case "qualitative":
      return evaluateQualitative(criterion);
    case "not_yet_known":
      return evaluateNotYetKnown(criterion);
  }
}

/** A desirable criterion is shown for what it is and never counts as missing. */
function judged(criterion: CriterionDefinition, facts: TraineeFacts, ruleset: Ruleset) {
  const result = evaluateCriterion(criterion, facts, ruleset);
  if (!criterion.desirable) return result;
  return {
    ...result,
    desirable: true as const,
    explanation: `${result.explanation} Desirable, not essential.`,
  };
}

function evaluateInformational(
  item: InformationalDefinition,
  facts: TraineeFacts,
): InformationalResult {
  const count = countingEntries(facts.entries)
    .filter((entry) => item.kinds.includes(entry.kind))
    .reduce((sum, entry) => sum + entry.count, 0);
  return {
    id: item.id,
    title: item.title,
    count,
    unit: item.unit,
    explanation: `${item.title}: ${formatAmount(count)} logged (${item.note}).`,
  };
}

/**
 * Checks a trainee's facts against a ruleset. Pure: the same facts always give the same
 * result. Discretionary criteria never count as missing; nothing here blocks an application.
 */
export function evaluate(ruleset: Ruleset, facts: TraineeFacts): Evaluation {
  const criteria = ruleset.criteria.map((criterion) => judged(criterion, facts, ruleset));
  const notMet = criteria.filter(
    (c) => !c.desirable && (c.gap === true || (c.status !== "met" && c.status !== "discretion")),
  );
  return {
    rulesetId: ruleset.id,
    criteria,
    allMet: notMet.length === 0,
    missing: notMet.map((c) => c.title),
    informational: ruleset.informational.map((item) => evaluateInformational(item, facts)),
  };
}
