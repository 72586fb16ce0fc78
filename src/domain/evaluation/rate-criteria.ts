import { addMonths, formatUkDate, monthsBetween } from "../dates.ts";
import type { CriterionResult, EntryFacts, TraineeFacts } from "../progress.ts";
import type { Ruleset } from "../ruleset.ts";
import type { RateCriterion } from "../ruleset-v2.ts";
import { countingEntries, runTally, type TallyResult, termFor } from "./tally.ts";
import { confirmationBreakdown, formatAmount, inParentheses } from "./wording.ts";

interface PeriodWords {
  /** "year", "month", "2-year period" */
  name: string;
  /** "years", "months", "2-year periods" */
  plural: string;
  /** "this year", "this month", "in this 2-year period" */
  current: string;
}

function periodWords(periodMonths: number): PeriodWords {
  if (periodMonths === 1) return { name: "month", plural: "months", current: "this month" };
  if (periodMonths === 12) return { name: "year", plural: "years", current: "this year" };
  const name =
    periodMonths % 12 === 0 ? `${periodMonths / 12}-year period` : `${periodMonths}-month period`;
  return { name, plural: `${name}s`, current: `in this ${name}` };
}

/** Which period (0 = the first) `date` falls in, counting `periodMonths` from `anchor`. */
function periodIndex(anchor: string, date: string, periodMonths: number): number {
  let index = Math.floor(monthsBetween(anchor, date) / periodMonths);
  while (addMonths(anchor, (index + 1) * periodMonths) <= date) index += 1;
  while (index > 0 && addMonths(anchor, index * periodMonths) > date) index -= 1;
  return index;
}

/** The longest run of consecutive periods whose amount reaches `need`. */
function longestRun(amounts: readonly number[], need: number): number {
  let best = 0;
  let run = 0;
  for (const amount of amounts) {
    run = amount >= need ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** Consecutive periods reaching `need` just before `index`. */
function runBefore(amounts: readonly number[], need: number, index: number): number {
  let run = 0;
  for (let i = index - 1; i >= 0 && (amounts[i] ?? 0) >= need; i -= 1) run += 1;
  return run;
}

function anchorFor(criterion: RateCriterion, facts: TraineeFacts): string | undefined {
  if (facts.pathwayStartedOn) return facts.pathwayStartedOn;
  const counted = countingEntries(facts.entries).filter(
    (entry) =>
      termFor(
        criterion.terms.map((term) => ({ term })),
        entry,
      ) !== undefined,
  );
  return counted.map((entry) => entry.occurredOn).sort()[0];
}

/** The periods from the anchor to the later of today and the last entry, each tallied. */
function tallyPeriods(
  criterion: RateCriterion,
  facts: TraineeFacts,
  ruleset: Ruleset,
  anchor: string,
): { tallies: TallyResult[]; current: number } {
  const byPeriod = new Map<number, EntryFacts[]>();
  for (const entry of facts.entries) {
    if (entry.occurredOn < anchor) continue;
    const index = periodIndex(anchor, entry.occurredOn, criterion.periodMonths);
    byPeriod.set(index, [...(byPeriod.get(index) ?? []), entry]);
  }
  const latest = facts.entries
    .map((entry) => entry.occurredOn)
    .sort()
    .at(-1);
  const today = facts.asOf ?? latest ?? anchor;
  const current = today < anchor ? 0 : periodIndex(anchor, today, criterion.periodMonths);
  const last = Math.max(current, ...byPeriod.keys());
  const tallies = Array.from({ length: last + 1 }, (_, index) =>
    runTally(criterion, byPeriod.get(index) ?? [], ruleset),
  );
  return { tallies, current };
}

/** "month 3 (from 15 Mar 2026)" for each period before `current` that fell short. */
function shortPeriods(
  tallies: readonly TallyResult[],
  criterion: RateCriterion,
  anchor: string,
  current: number,
  words: PeriodWords,
): string {
  const short = tallies
    .map((tally, index) => ({ tally, index }))
    .filter(({ tally, index }) => index < current && tally.have < criterion.need)
    .slice(-3)
    .map(
      ({ tally, index }) =>
        `${words.name} ${index + 1} (from ${formatUkDate(addMonths(anchor, index * criterion.periodMonths))}) had ${formatAmount(tally.have)}`,
    );
  return short.length > 0 ? `; short of ${formatAmount(criterion.need)}: ${short.join(", ")}` : "";
}

/**
 * At least `need` in each period for `periods` periods in a row, counted from the pathway's
 * start (else the first entry). Met on confirmed entries; shows where the trainee stands in
 * time, e.g. "7 of 10 supervision sessions this year (year 2 of 2)".
 */
export function evaluateRate(
  criterion: RateCriterion,
  facts: TraineeFacts,
  ruleset: Ruleset,
): CriterionResult {
  const words = periodWords(criterion.periodMonths);
  const base = { id: criterion.id, title: criterion.title, need: criterion.periods };
  const anchor = anchorFor(criterion, facts);
  if (!anchor) {
    return {
      ...base,
      status: "missing",
      have: 0,
      confirmed: 0,
      claimed: 0,
      unit: words.plural,
      explanation: `${criterion.title}: none logged yet; ${formatAmount(criterion.need)} ${criterion.unit} needed in each ${words.name}, ${formatAmount(criterion.periods)} ${criterion.periods === 1 ? words.name : words.plural} in a row.`,
    };
  }
  const { tallies, current } = tallyPeriods(criterion, facts, ruleset, anchor);
  const confirmedRun = longestRun(
    tallies.map((t) => t.confirmed),
    criterion.need,
  );
  const haveRun = longestRun(
    tallies.map((t) => t.have),
    criterion.need,
  );
  const confirmed = Math.min(confirmedRun, criterion.periods);
  const have = Math.min(haveRun, criterion.periods);
  const anything = tallies.some((t) => t.have > 0);
  const status = confirmed >= criterion.periods ? "met" : anything ? "in_progress" : "missing";
  const now = tallies[current];
  const position = Math.min(
    runBefore(
      tallies.map((t) => t.have),
      criterion.need,
      current,
    ) + 1,
    criterion.periods,
  );
  const where = criterion.periods > 1 ? ` (${words.name} ${position} of ${criterion.periods})` : "";
  const nowPhrase = `${formatAmount(now?.have ?? 0)} of ${formatAmount(criterion.need)} ${criterion.unit} ${words.current}${where}${inParentheses(confirmationBreakdown(now?.confirmed ?? 0, now?.claimed ?? 0))}`;
  const done =
    status === "met"
      ? `; met: ${formatAmount(criterion.need)} or more in ${formatAmount(criterion.periods)} ${criterion.periods === 1 ? words.name : words.plural} in a row`
      : shortPeriods(tallies, criterion, anchor, current, words);
  return {
    ...base,
    status,
    have,
    confirmed,
    claimed: have - confirmed,
    unit: words.plural,
    explanation: `${criterion.title}: ${nowPhrase}${done}.`,
  };
}
