import type { ActivityKind } from "./activity.ts";
import type { CountTerm, CriterionDefinition, Ruleset } from "./ruleset.ts";

/** What an entry may record beyond kind, date and count, when the trainee's criteria use it. */
export const ENTRY_QUESTIONS = [
  "caseDiscussions",
  "recorded",
  "provider",
  "approvedInAdvance",
  "faceToFace",
] as const;
export type EntryQuestion = (typeof ENTRY_QUESTIONS)[number];

/** For each question, the kinds of entry the ruleset reads it from (empty: never asked). */
export type EntryQuestions = Record<EntryQuestion, readonly ActivityKind[]>;

function termsOf(criterion: CriterionDefinition): readonly CountTerm[] {
  switch (criterion.kind) {
    case "count":
    case "rate":
    case "face_to_face_share":
      return criterion.terms;
    case "alternatives":
      return [...criterion.whenYes.options, ...criterion.whenNo.options].flatMap((o) => o.terms);
    case "amounts":
      return criterion.options.flatMap((o) => o.parts.flatMap((part) => part.terms));
    default:
      return [];
  }
}

/** Which questions a ruleset's criteria read, and from which kinds: the form asks only these. */
export function entryQuestions(ruleset: Ruleset): EntryQuestions {
  const asked: Record<EntryQuestion, Set<ActivityKind>> = {
    caseDiscussions: new Set(),
    recorded: new Set(),
    provider: new Set(),
    approvedInAdvance: new Set(),
    faceToFace: new Set(),
  };
  for (const criterion of ruleset.criteria) {
    for (const term of termsOf(criterion)) {
      if (term.weight === "caseDiscussions") asked.caseDiscussions.add(term.kind);
      if (term.only?.recorded) asked.recorded.add(term.kind);
      if (term.only?.providers) asked.provider.add(term.kind);
      if (term.only?.approvedInAdvance) asked.approvedInAdvance.add(term.kind);
      if (criterion.kind === "face_to_face_share") asked.faceToFace.add(term.kind);
    }
  }
  return {
    caseDiscussions: [...asked.caseDiscussions],
    recorded: [...asked.recorded],
    provider: [...asked.provider],
    approvedInAdvance: [...asked.approvedInAdvance],
    faceToFace: [...asked.faceToFace],
  };
}

/** What any of a society's rulesets asks, and from which kinds: what its form and grammar read. */
export function familyQuestions(rulesets: readonly Ruleset[]): EntryQuestions {
  const asked = rulesets.map(entryQuestions);
  const union = (question: EntryQuestion) => [...new Set(asked.flatMap((q) => q[question]))];
  return {
    caseDiscussions: union("caseDiscussions"),
    recorded: union("recorded"),
    provider: union("provider"),
    approvedInAdvance: union("approvedInAdvance"),
    faceToFace: union("faceToFace"),
  };
}

/** The event providers a ruleset's criteria count, e.g. ["BSANZ", "IBF", "ABS"]. */
export function knownProviders(rulesets: readonly Ruleset[]): string[] {
  const providers = rulesets.flatMap((ruleset) =>
    ruleset.criteria.flatMap((criterion) =>
      termsOf(criterion).flatMap((term) => term.only?.providers ?? []),
    ),
  );
  return [...new Set(providers)];
}
