import { AppError } from "../app-error.ts";
import { isIsoDate } from "../dates.ts";
import type { Ruleset } from "../ruleset.ts";
import { BSUK_2016_02 } from "./bsuk-2016-02.ts";

/** Every ruleset the bot knows, oldest first. */
export const RULESETS: readonly Ruleset[] = [BSUK_2016_02];

export function findRuleset(
  id: string,
  rulesets: readonly Ruleset[] = RULESETS,
): Ruleset | undefined {
  return rulesets.find((ruleset) => ruleset.id === id);
}

/** The ruleset with this id; an unknown id is an AppError("NOT_FOUND"). */
export function getRuleset(id: string, rulesets: readonly Ruleset[] = RULESETS): Ruleset {
  const ruleset = findRuleset(id, rulesets);
  if (!ruleset) {
    throw new AppError("NOT_FOUND", "That set of accreditation criteria is not known.", {
      rulesetId: id,
    });
  }
  return ruleset;
}

/**
 * The ruleset in force on `startedOn` ("YYYY-MM-DD"): the newest whose inForceFrom is on or
 * before it; before the oldest one, the oldest. There is always a date: a trainee who gives
 * none is judged from the day they first appeared (see services/progress/pathway-start.ts).
 */
export function rulesetForStartDate(
  startedOn: string,
  rulesets: readonly Ruleset[] = RULESETS,
): Ruleset {
  if (!isIsoDate(startedOn)) {
    throw new RangeError(`Expected a start date as YYYY-MM-DD, got "${startedOn}"`);
  }
  const byDate = [...rulesets].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
  const oldest = byDate[0];
  if (!oldest) throw new RangeError("No rulesets to choose from");
  const inForce = byDate.filter((r) => r.inForceFrom <= startedOn);
  return inForce.at(-1) ?? oldest;
}
