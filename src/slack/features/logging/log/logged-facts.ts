import { calendarDate } from "../../../../domain/dates.ts";
import { findRuleset, rulesetForStartDate } from "../../../../domain/rulesets/index.ts";
import { SOCIETIES } from "../../../../domain/societies.ts";
import type { LogEntryResult } from "../../../../services/entries/log-entry.ts";
import { findTraineeProfile } from "../../../../services/progress/find-trainee-profile.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import type { LoggedFacts } from "../views/logged-message.ts";

/**
 * What the reply to a new entry needs beyond the service's result, in one small query: the
 * trainee's ruleset (how much a weekend counts) and whether the profile form is answered.
 */
export async function loggedFacts(
  deps: BotDeps,
  result: LogEntryResult,
  namedUserId: string | null,
): Promise<LoggedFacts> {
  const { entry } = result;
  const profile = await findTraineeProfile(serviceContext(deps), entry.traineeId);
  const ruleset =
    (profile && findRuleset(profile.rulesetId)) ||
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
    hasProfile: profile?.hasProfessionalTraining ?? false,
    command: deps.config.SLASH_COMMAND,
  };
}
