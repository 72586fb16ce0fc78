import type { ActivityKind } from "../activity.ts";
import type { CriterionStatus, EntryFacts } from "../progress.ts";
import {
  type CountTerm,
  type EntryFilter,
  type Ruleset,
  resolveWeight,
  type Tally,
} from "../ruleset.ts";

export interface TermCount {
  term: CountTerm;
  /** The resolved weight, e.g. 5 for a weekend under bsuk-2016-02 (the typical number). */
  weight: number;
  /** Units logged (entry counts), before weighting. */
  logged: number;
  /** What they count for, after weighting. */
  amount: number;
  /** Weekends counted at the ruleset's typical number because the entry gave none. */
  assumed: number;
  /** Units whose entry lacks the number this term reads (case discussions, hours): counted as 0. */
  withoutAmount: number;
}

export interface TallyResult {
  confirmed: number;
  claimed: number;
  have: number;
  need: number;
  unit: string;
  /** Part of `confirmed` done with a counterpart accredited on the day (kinds asked for only). */
  withAccredited: number;
  /** The same, among entries still awaiting confirmation. */
  withAccreditedClaimed: number;
  terms: TermCount[];
  status: CriterionStatus;
}

/** Confirmed entries count as done, claimed ones as awaiting confirmation; the rest not at all. */
export function countingEntries(entries: readonly EntryFacts[]): EntryFacts[] {
  return entries.filter((entry) => entry.state === "confirmed" || entry.state === "claimed");
}

/** Rounds away float noise such as 0.1 + 0.2, keeping two decimals (hours). */
export function roundAmount(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Met when confirmed alone reaches `need`; in progress when anything counts; else missing. */
export function amountStatus(confirmed: number, have: number, need: number): CriterionStatus {
  if (confirmed >= need) return "met";
  return have > 0 ? "in_progress" : "missing";
}

/** Minutes in a double hour, the unit some societies count group membership in. */
const DOUBLE_HOUR_MINUTES = 90;

/** A number read from the entry, or 0 (noted as missing) when the entry does not give it. */
function readAmount(value: number | null | undefined, entry: EntryFacts, termCount: TermCount) {
  if (value === null || value === undefined) {
    termCount.withoutAmount += entry.count;
    return 0;
  }
  return value;
}

/**
 * One entry's worth under a term: a weekend counts the small-group sessions it records, a led
 * session its case discussions, and double hours come from the entry's hours.
 */
function entryAmount(entry: EntryFacts, termCount: TermCount): number {
  switch (termCount.term.weight) {
    case "sessionsPerWeekend":
      if (entry.groupSessions === null) termCount.assumed += entry.count;
      return entry.count * (entry.groupSessions ?? termCount.weight);
    case "caseDiscussions":
      return readAmount(entry.caseDiscussions, entry, termCount);
    case "doubleHours":
      return (readAmount(entry.hours, entry, termCount) * 60) / DOUBLE_HOUR_MINUTES;
    default:
      return entry.count * termCount.weight;
  }
}

/** Whether the entry has every fact the filter asks for. */
export function matchesFilter(entry: EntryFacts, only: EntryFilter | undefined): boolean {
  if (!only) return true;
  if (only.withAccreditedCounterpart && !entry.counterpartAccredited) return false;
  if (only.recorded && entry.recorded !== true) return false;
  if (only.approvedInAdvance && entry.approvedInAdvance !== true) return false;
  if (only.providers) {
    const provider = entry.provider?.trim().toLowerCase() ?? "";
    if (!only.providers.some((p) => p.toLowerCase() === provider)) return false;
  }
  return true;
}

/** The first term that counts this entry: its kind, and every fact its filter asks for. */
export function termFor<T extends { term: CountTerm }>(
  terms: readonly T[],
  entry: EntryFacts,
): T | undefined {
  return terms.find((t) => t.term.kind === entry.kind && matchesFilter(entry, t.term.only));
}

/**
 * The weighted sum of `tally`'s kinds over the entries, split by confirmation state. With
 * `accreditedKinds`, also how much of those kinds was done with a counterpart accredited on
 * the session's date, confirmed and claimed apart.
 */
export function runTally(
  tally: Tally,
  entries: readonly EntryFacts[],
  ruleset: Ruleset,
  accreditedKinds: readonly ActivityKind[] = [],
): TallyResult {
  let confirmed = 0;
  let claimed = 0;
  let withAccredited = 0;
  let withAccreditedClaimed = 0;
  const terms: TermCount[] = tally.terms.map((term) => ({
    term,
    weight: resolveWeight(term.weight, ruleset),
    logged: 0,
    amount: 0,
    assumed: 0,
    withoutAmount: 0,
  }));
  for (const entry of countingEntries(entries)) {
    const termCount = termFor(terms, entry);
    if (!termCount) continue;
    const amount = entryAmount(entry, termCount);
    termCount.logged += entry.count;
    termCount.amount += amount;
    const confirmedEntry = entry.state === "confirmed";
    if (confirmedEntry) confirmed += amount;
    else claimed += amount;
    if (entry.counterpartAccredited && accreditedKinds.includes(entry.kind)) {
      if (confirmedEntry) withAccredited += amount;
      else withAccreditedClaimed += amount;
    }
  }
  const have = roundAmount(confirmed + claimed);
  return {
    confirmed: roundAmount(confirmed),
    claimed: roundAmount(claimed),
    have,
    need: tally.need,
    unit: tally.unit,
    withAccredited: roundAmount(withAccredited),
    withAccreditedClaimed: roundAmount(withAccreditedClaimed),
    terms,
    status: amountStatus(roundAmount(confirmed), have, tally.need),
  };
}

/** Hours logged for `kind`, split by confirmation state; an entry without hours adds none. */
export function sumHours(entries: readonly EntryFacts[], kind: ActivityKind) {
  let confirmed = 0;
  let claimed = 0;
  for (const entry of countingEntries(entries)) {
    if (entry.kind !== kind) continue;
    const hours = entry.hours ?? 0;
    if (entry.state === "confirmed") confirmed += hours;
    else claimed += hours;
  }
  return { confirmed: roundAmount(confirmed), claimed: roundAmount(claimed) };
}

const STATUS_RANK: Record<CriterionStatus, number> = {
  missing: 0,
  in_progress: 1,
  discretion: 1,
  met: 2,
};

/** Positive when `a` is further along than `b`: status first, then confirmed share, then total share. */
export function compareProgress(a: TallyResult, b: TallyResult): number {
  const share = (amount: number, need: number) => (need > 0 ? amount / need : 1);
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    share(a.confirmed, a.need) - share(b.confirmed, b.need) ||
    share(a.have, a.need) - share(b.have, b.need)
  );
}

/** The result furthest along; the first one wins a tie. */
export function furthestAlong(results: readonly TallyResult[]): TallyResult | undefined {
  return results.reduce<TallyResult | undefined>(
    (best, next) => (best === undefined || compareProgress(next, best) > 0 ? next : best),
    undefined,
  );
}
