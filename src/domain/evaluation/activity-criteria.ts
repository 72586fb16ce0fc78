import type { CriterionResult, TraineeFacts } from "../progress.ts";
import type {
  AlternativeBranch,
  AlternativesCriterion,
  CountCriterion,
  Ruleset,
} from "../ruleset.ts";
import { compareProgress, furthestAlong, runTally, type TallyResult } from "./tally.ts";
import { entriesInWindow, timingPhrase } from "./timing.ts";
import { awaitingSuffix, formatAmount, oneLine, tallyDetails } from "./wording.ts";

function fromTally(
  criterion: { id: string; title: string },
  tally: TallyResult,
  explanation: string,
): CriterionResult {
  return {
    id: criterion.id,
    title: criterion.title,
    status: tally.status,
    have: tally.have,
    need: tally.need,
    confirmed: tally.confirmed,
    claimed: tally.claimed,
    unit: tally.unit,
    explanation,
  };
}

/** "; 7 confirmed with an accredited leader (2 more awaiting confirmation)" */
function accreditedPhrase(tally: TallyResult): string {
  const claimed =
    tally.withAccreditedClaimed > 0
      ? ` (${formatAmount(tally.withAccreditedClaimed)} more awaiting confirmation)`
      : "";
  return `; ${formatAmount(tally.withAccredited)} confirmed with an accredited leader${claimed}`;
}

/** e.g. "Co-led sessions 12 of 20 (9 confirmed, 3 awaiting confirmation); 7 confirmed with an accredited leader." */
export function evaluateCount(
  criterion: CountCriterion,
  facts: TraineeFacts,
  ruleset: Ruleset,
): CriterionResult {
  const prefer = criterion.preferAccreditedCounterpart;
  const entries = entriesInWindow(facts, criterion.timing);
  const tally = runTally(criterion, entries, ruleset, prefer?.kinds ?? []);
  const accredited = prefer ? accreditedPhrase(tally) : "";
  const when = timingPhrase(criterion.timing, facts);
  const explanation = `${criterion.title} ${formatAmount(tally.have)} of ${formatAmount(tally.need)}${tallyDetails(tally)}${accredited}${awaitingSuffix(tally)}${when}.`;
  const result = fromTally(criterion, tally, explanation);
  if (prefer) {
    result.withAccreditedCounterpart = tally.withAccredited;
    result.withAccreditedClaimed = tally.withAccreditedClaimed;
  }
  return result;
}

interface BranchOutcome {
  branch: AlternativeBranch;
  best: TallyResult;
  /** "7 of 8 group sessions or 1 of 2 Balint Society weekends as a member" */
  phrase: string;
}

function evaluateBranch(
  branch: AlternativeBranch,
  facts: TraineeFacts,
  ruleset: Ruleset,
): BranchOutcome {
  const tallies = branch.options.map((option) => ({
    option,
    tally: runTally(option, entriesInWindow(facts, option.timing), ruleset),
  }));
  const best = furthestAlong(tallies.map((t) => t.tally));
  if (!best) throw new RangeError(`"${branch.label}" has no options`);
  const phrase = tallies
    .map(
      ({ option, tally }) =>
        `${formatAmount(tally.have)} of ${formatAmount(tally.need)} ${option.label}${tallyDetails(tally)}, counting ${option.counts}${timingPhrase(option.timing, facts)}`,
    )
    .join(", or ");
  return { branch, best, phrase };
}

/**
 * The branch for the trainee's answer; any one of its options met is enough. With no answer
 * yet, both branches are explained and the numbers shown are the less advanced branch's.
 */
export function evaluateAlternatives(
  criterion: AlternativesCriterion,
  facts: TraineeFacts,
  ruleset: Ruleset,
): CriterionResult {
  const answer = facts.profile[criterion.field];
  if (answer !== null) {
    const outcome = evaluateBranch(answer ? criterion.whenYes : criterion.whenNo, facts, ruleset);
    const details = criterion.detailsField ? facts.profile[criterion.detailsField]?.trim() : "";
    const what = answer && details ? ` (${oneLine(details, 120)})` : "";
    const explanation = `${criterion.title}, ${outcome.branch.label}${what}: ${outcome.phrase}${awaitingSuffix(outcome.best)}.`;
    return fromTally(criterion, outcome.best, explanation);
  }
  const yes = evaluateBranch(criterion.whenYes, facts, ruleset);
  const no = evaluateBranch(criterion.whenNo, facts, ruleset);
  const lessAdvanced = compareProgress(yes.best, no.best) <= 0 ? yes : no;
  const explanation = `${criterion.title}: ${yes.branch.label}, ${yes.phrase}; ${no.branch.label}, ${no.phrase}. ${criterion.question}`;
  return {
    ...fromTally(criterion, lessAdvanced.best, explanation),
    profileQuestion: criterion.question,
  };
}
