import type { AppError } from "../domain/app-error.ts";
import { type Refusal, refusalSentence } from "../domain/refusal.ts";
import { mention } from "./views/blocks.ts";

/**
 * What a user is told when a use case refuses: people as mentions, and commands with the
 * configured slash command. `error.userMessage` says the same in plain words, naming people by
 * display name, for the log.
 */
export function userMessage(error: AppError, command: string): string {
  return error.refusal ? refusalText(error.refusal, command) : error.userMessage;
}

function refusalText(refusal: Refusal, command: string): string {
  const sentence = refusalSentence(refusal, (person) => mention(person.userId));
  return refusal.reason === "not_a_leader" && refusal.pointToRegister
    ? `${sentence} Ask an admin, or see \`${command} leaders\`.`
    : sentence;
}
