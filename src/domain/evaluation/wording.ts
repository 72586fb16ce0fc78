import type { ActivityKind } from "../activity.ts";
import { shortKindNoun } from "../activity-words.ts";
import type { TallyResult, TermCount } from "./tally.ts";

/** "12", "1.5": whole numbers without decimals, others with at most two. */
export function formatAmount(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

export function kindPhrase(
  kind: ActivityKind,
  count: number,
  noun?: readonly [string, string],
): string {
  const word = noun ? (count === 1 ? noun[0] : noun[1]) : shortKindNoun(kind, count);
  return `${formatAmount(count)} ${word}`;
}

/** Nouns for amounts read from the entries rather than counted. */
const READ_AMOUNT_NOUNS = {
  caseDiscussions: ["case discussion", "case discussions", "the number of case discussions"],
  doubleHours: ["double hour", "double hours", "hours"],
} as const;

function readAmountPhrase(t: TermCount, weight: keyof typeof READ_AMOUNT_NOUNS): string {
  const [singular, plural, what] = READ_AMOUNT_NOUNS[weight];
  const missing =
    t.withoutAmount > 0 ? `, ${formatAmount(t.withoutAmount)} of them without ${what}` : "";
  return `${kindPhrase(t.term.kind, t.logged, t.term.noun)} = ${formatAmount(t.amount)} ${t.amount === 1 ? singular : plural}${missing}`;
}

function termPhrase(termCount: TermCount): string {
  const { term, weight, logged, amount, assumed } = termCount;
  if (term.weight === "caseDiscussions" || term.weight === "doubleHours") {
    return readAmountPhrase(termCount, term.weight);
  }
  const equivalent = term.equivalentTo ? " as equivalent" : "";
  if (term.weight === "sessionsPerWeekend") {
    const sessions = `${formatAmount(amount)} small-group ${amount === 1 ? "session" : "sessions"}`;
    const assumption =
      assumed === 0
        ? ""
        : `, assuming ${formatAmount(weight)} at ${assumed === logged ? (logged === 1 ? "it" : "each") : `${formatAmount(assumed)} of them`}: the usual number, which the leadership team may count differently`;
    return `${kindPhrase(term.kind, logged)} = ${sessions}${assumption}`;
  }
  const weighted = weight === 1 ? "" : ` × ${formatAmount(weight)}`;
  return `${kindPhrase(term.kind, logged, term.noun)}${weighted}${equivalent}`;
}

/** "4 group sessions + 3 weekends × 5", when the total alone would not say what it is made of. */
function termsBreakdown(result: TallyResult): string | undefined {
  const logged = result.terms.filter((t) => t.logged > 0);
  const needsSaying =
    logged.length > 1 ||
    logged.some(
      (t) =>
        t.weight !== 1 || typeof t.term.weight === "string" || t.term.equivalentTo !== undefined,
    );
  return needsSaying ? logged.map(termPhrase).join(" + ") : undefined;
}

/** "9 confirmed, 3 awaiting confirmation", when anything awaits confirmation. */
export function confirmationBreakdown(confirmed: number, claimed: number): string | undefined {
  if (claimed <= 0) return undefined;
  return `${formatAmount(confirmed)} confirmed, ${formatAmount(claimed)} awaiting confirmation`;
}

/** "(… ; …)" from the parts given, or "" when there are none. */
export function inParentheses(...parts: (string | undefined)[]): string {
  const given = parts.filter((part): part is string => part !== undefined && part !== "");
  return given.length > 0 ? ` (${given.join("; ")})` : "";
}

/** The breakdown of a tally in parentheses: what it is made of and what awaits confirmation. */
export function tallyDetails(result: TallyResult): string {
  return inParentheses(
    termsBreakdown(result),
    confirmationBreakdown(result.confirmed, result.claimed),
  );
}

/** "; met once confirmed" when the claimed amount would meet the need but is not yet confirmed. */
export function awaitingSuffix(result: { status: string; have: number; need: number }): string {
  return result.status === "in_progress" && result.have >= result.need
    ? "; met once confirmed"
    : "";
}

/** A short, single-line version of free text a user typed. */
export function oneLine(text: string, maxLength = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1).trimEnd()}…` : flat;
}
