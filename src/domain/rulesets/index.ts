import { AppError } from "../app-error.ts";
import { isIsoDate } from "../dates.ts";
import type { Ruleset } from "../ruleset.ts";
import { ABS_2014 } from "./abs-2014.ts";
import { BSANZ_2021_06 } from "./bsanz-2021-06.ts";
import { BSUK_2016_02 } from "./bsuk-2016-02.ts";
import { BSUK_2020_04 } from "./bsuk-2020-04.ts";
import { DBG } from "./dbg.ts";
import { IBF_2016_05 } from "./ibf-2016-05.ts";

/** Every ruleset the bot knows, of every society. A trainee's stored id is found among these. */
export const RULESETS: readonly Ruleset[] = [
  BSUK_2016_02,
  BSUK_2020_04,
  ABS_2014,
  IBF_2016_05,
  BSANZ_2021_06,
  DBG,
];

/**
 * The rulesets a new UK trainee is pinned to by start date (the default society's family, see
 * domain/societies.ts). bsuk-2020-04 is known but not pinned: its day in April 2020 is assumed,
 * and pinning it would move UK trainees who started since then onto it.
 */
export const BSUK_FAMILY: readonly Ruleset[] = [BSUK_2016_02];

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
 * The ruleset in force on `startedOn` ("YYYY-MM-DD") among a society's family: the newest whose
 * inForceFrom is on or before it; before the oldest one, the oldest. There is always a date: a
 * trainee who gives none is judged from the day they first appeared (see
 * services/progress/pathway-start.ts).
 */
export function rulesetForStartDate(
  startedOn: string,
  family: readonly Ruleset[] = BSUK_FAMILY,
): Ruleset {
  if (!isIsoDate(startedOn)) {
    throw new RangeError(`Expected a start date as YYYY-MM-DD, got "${startedOn}"`);
  }
  const byDate = [...family].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
  const oldest = byDate[0];
  if (!oldest) throw new RangeError("No rulesets to choose from");
  const inForce = byDate.filter((r) => r.inForceFrom <= startedOn);
  return inForce.at(-1) ?? oldest;
}
