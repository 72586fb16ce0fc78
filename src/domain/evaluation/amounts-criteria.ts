import type { CriterionResult, TraineeFacts } from "../progress.ts";
import type { Ruleset } from "../ruleset.ts";
import type { FaceToFaceShareCriterion, SeveralAmountsCriterion } from "../ruleset-v2.ts";
import { compareProgress, roundAmount, runTally, type TallyResult } from "./tally.ts";
import { entriesInWindow, timingPhrase } from "./timing.ts";
import { awaitingSuffix, formatAmount, tallyDetails } from "./wording.ts";

interface OptionOutcome {
  label: string;
  parts: TallyResult[];
  /** The part furthest from its need: it decides the option's status and figures. */
  bottleneck: TallyResult;
  phrase: string;
}

function bottleneckOf(parts: readonly TallyResult[]): TallyResult {
  const [first, ...rest] = parts;
  if (!first) throw new RangeError("An amounts option needs at least one part");
  return rest.reduce((least, next) => (compareProgress(next, least) < 0 ? next : least), first);
}

/**
 * Every part of one option must be reached, e.g. "30 case discussions over 20 meetings", or
 * "two BSANZ intensives, or one and an international workshop approved in advance". Shows
 * every part; the figures are those of the least advanced part of the option furthest along.
 */
export function evaluateSeveralAmounts(
  criterion: SeveralAmountsCriterion,
  facts: TraineeFacts,
  ruleset: Ruleset,
): CriterionResult {
  const outcomes: OptionOutcome[] = criterion.options.map((option) => {
    const parts = option.parts.map((part) =>
      runTally(part, entriesInWindow(facts, part.timing), ruleset),
    );
    const phrase = parts
      .map(
        (tally, i) =>
          `${formatAmount(tally.have)} of ${formatAmount(tally.need)} ${tally.unit}${tallyDetails(tally)}${timingPhrase(option.parts[i]?.timing, facts)}`,
      )
      .join(", ");
    const labelled = criterion.options.length > 1 ? `${option.label}: ${phrase}` : phrase;
    return { label: option.label, parts, bottleneck: bottleneckOf(parts), phrase: labelled };
  });
  const best = outcomes.reduce((a, b) => (compareProgress(b.bottleneck, a.bottleneck) > 0 ? b : a));
  const { bottleneck } = best;
  const explanation = `${criterion.title}: ${outcomes.map((o) => o.phrase).join("; or ")}${awaitingSuffix(bottleneck)}.`;
  return {
    id: criterion.id,
    title: criterion.title,
    status: bottleneck.status,
    have: bottleneck.have,
    need: bottleneck.need,
    confirmed: bottleneck.confirmed,
    claimed: bottleneck.claimed,
    unit: bottleneck.unit,
    explanation,
  };
}

/**
 * At least `minShare` of the counted amount face to face, on confirmed entries. Entries that
 * do not say how they took place count in the total, never as face to face.
 */
export function evaluateFaceToFaceShare(
  criterion: FaceToFaceShareCriterion,
  facts: TraineeFacts,
  ruleset: Ruleset,
): CriterionResult {
  const tally = { terms: criterion.terms, need: 0, unit: criterion.unit };
  const all = runTally(tally, facts.entries, ruleset);
  const inPerson = runTally(
    tally,
    facts.entries.filter((entry) => entry.faceToFace === true),
    ruleset,
  );
  const notSaid = runTally(
    tally,
    facts.entries.filter((entry) => entry.faceToFace === undefined || entry.faceToFace === null),
    ruleset,
  );
  const need = roundAmount(all.have * criterion.minShare);
  const met = all.confirmed > 0 && inPerson.confirmed >= all.confirmed * criterion.minShare;
  const percent = all.have > 0 ? ` (${Math.round((inPerson.have / all.have) * 100)}%)` : "";
  const unsaid =
    notSaid.have > 0 ? `; ${formatAmount(notSaid.have)} not said whether face to face` : "";
  return {
    id: criterion.id,
    title: criterion.title,
    status: met ? "met" : all.have > 0 ? "in_progress" : "missing",
    have: inPerson.have,
    need,
    confirmed: inPerson.confirmed,
    claimed: inPerson.claimed,
    unit: criterion.unit,
    explanation: `${criterion.title}: ${formatAmount(inPerson.have)} of ${formatAmount(all.have)} ${criterion.unit} face to face${percent}; at least ${Math.round(criterion.minShare * 100)}% needed${unsaid}.`,
  };
}
