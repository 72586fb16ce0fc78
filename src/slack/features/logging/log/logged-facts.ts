import { calendarDate } from "../../../../domain/dates.ts";
import { findRuleset, rulesetForStartDate } from "../../../../domain/rulesets/index.ts";
import { SOCIETIES } from "../../../../domain/societies.ts";
import type { LoggedEntryResult } from "../../../../services/entries/log-entry.ts";
import type { BotDeps } from "../../../deps.ts";
import type { LoggedFacts } from "../views/logged-message.ts";

/**
 * What the reply to a new entry shows, from the use case's result alone: the trainee's ruleset
 * (how much a weekend counts) and whether the profile form is answered.
 */
export function loggedFacts(
  deps: BotDeps,
  result: LoggedEntryResult,
  namedUserId: string | null,
): LoggedFacts {
  const { entry, profile } = result;
  const ruleset =
    findRuleset(profile.rulesetId) ??
    rulesetForStartDate(
      calendarDate(entry.createdAt, deps.config.TIMEZONE),
      SOCIETIES[deps.config.SOCIETY].rulesets,
    );
  return {
    entry: { ...entry, hasNote: entry.note !== null },
    namedUserId,
    needsConfirmation: result.needsConfirmation,
    confirmerUserId: result.confirmer?.slackUserId ?? null,
    confirmerIsSupervisorInstead: result.confirmerIsSupervisorInstead,
    noConfirmer: result.noConfirmer,
    sessionsPerWeekend: ruleset.sessionsPerWeekend ?? null,
    hasProfile: profile.answered,
    command: deps.config.SLASH_COMMAND,
  };
}
