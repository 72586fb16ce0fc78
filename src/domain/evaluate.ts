import { evaluateAlternatives, evaluateCount } from "./evaluation/activity-criteria.ts";
import { evaluateDeclaration, evaluateProfileText } from "./evaluation/profile-criteria.ts";
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
      return evaluateCompetencies(criterion, facts);
    case "portfolio":
      return evaluatePortfolio(criterion, facts);
    case "report":
      return evaluateReport(criterion, facts);
  }
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
  const criteria = ruleset.criteria.map((criterion) =>
    evaluateCriterion(criterion, facts, ruleset),
  );
  const notMet = criteria.filter(
    (c) => c.gap === true || (c.status !== "met" && c.status !== "discretion"),
  );
  return {
    rulesetId: ruleset.id,
    criteria,
    allMet: notMet.length === 0,
    missing: notMet.map((c) => c.title),
    informational: ruleset.informational.map((item) => evaluateInformational(item, facts)),
  };
}
