import { formatUkDate } from "../../domain/dates.ts";
import type { Ruleset } from "../../domain/ruleset.ts";
import type { PathwayBasis } from "../../services/progress/pathway-start.ts";
import { mention } from "./blocks.ts";

/** Which criteria a trainee follows, as users read it. */
export function criteriaName(ruleset: Pick<Ruleset, "title" | "source">): string {
  return `${ruleset.title} (${ruleset.source})`;
}

/** Why those criteria apply: the start date and who set it. Pure. */
export function basisPhrase(basis: PathwayBasis): string {
  const day = formatUkDate(basis.startedOn);
  switch (basis.kind) {
    case "given":
      return `you began the pathway on ${day}, as you told us`;
    case "set":
      return `${basis.setBy ? mention(basis.setBy.slackUserId) : "the leadership team"} entered you on the pathway on ${day}`;
    case "first_appeared":
      return `you have not given a start date, so it is the day you first contacted us: ${day}`;
  }
}

/** "Criteria that apply to you: X. Why: …" Pure. */
export function criteriaLine(
  ruleset: Pick<Ruleset, "title" | "source">,
  basis: PathwayBasis,
): string {
  return `The criteria that apply to you: *${criteriaName(ruleset)}*, because ${basisPhrase(basis)}.`;
}
