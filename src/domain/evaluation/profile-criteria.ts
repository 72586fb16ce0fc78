import { formatUkDate } from "../dates.ts";
import type { CriterionResult, TraineeFacts } from "../progress.ts";
import type { DeclarationCriterion, ProfileTextCriterion } from "../ruleset.ts";
import { oneLine } from "./wording.ts";

function answerResult(
  criterion: { id: string; title: string },
  given: boolean,
  explanation: string,
): CriterionResult {
  const have = given ? 1 : 0;
  return {
    id: criterion.id,
    title: criterion.title,
    status: given ? "met" : "missing",
    have,
    need: 1,
    confirmed: have,
    claimed: 0,
    unit: "answer",
    explanation,
  };
}

/** Met when the trainee has declared yes; a missing answer asks the question. */
export function evaluateDeclaration(
  criterion: DeclarationCriterion,
  facts: TraineeFacts,
): CriterionResult {
  const answer = facts.profile[criterion.field];
  if (answer === null) {
    return {
      ...answerResult(criterion, false, `${criterion.title}: not answered yet.`),
      profileQuestion: criterion.question,
    };
  }
  if (!answer) return answerResult(criterion, false, criterion.saidNo);
  if (!criterion.confirmedOnField) return answerResult(criterion, true, criterion.saidYes);
  const confirmedOn = facts.profile[criterion.confirmedOnField];
  const how = confirmedOn
    ? `confirmed by the society on ${formatUkDate(confirmedOn)}`
    : "self-declared";
  return answerResult(criterion, true, `${criterion.title}: ${how}.`);
}

/** Met when the trainee has written an answer; a blank one asks the question. */
export function evaluateProfileText(
  criterion: ProfileTextCriterion,
  facts: TraineeFacts,
): CriterionResult {
  const text = facts.profile[criterion.field]?.trim() ?? "";
  if (text === "") {
    return {
      ...answerResult(criterion, false, `${criterion.title}: not given yet.`),
      profileQuestion: criterion.question,
    };
  }
  return answerResult(criterion, true, `${criterion.title}: ${oneLine(text)}.`);
}
