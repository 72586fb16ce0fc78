import type { Sql } from "../../db/sql.ts";
import { firstAppearedAt } from "../../db/trainee-profiles.ts";
import type { Db } from "../../db/transaction.ts";
import { calendarDate } from "../../domain/dates.ts";
import type { Ruleset } from "../../domain/ruleset.ts";
import {
  BSUK_FAMILY,
  getRuleset,
  RULESETS,
  rulesetForStartDate,
} from "../../domain/rulesets/index.ts";
import type { ServiceContext } from "../context.ts";
import { todayFor } from "../inputs.ts";

/** Why a trainee follows the criteria they do. */
export type PathwayBasis =
  /** The trainee gave their start date. */
  | { kind: "given"; startedOn: string }
  /** An admin or the leadership team entered them on the pathway on that date (locked). */
  | { kind: "set"; startedOn: string; setBy: { slackUserId: string } | null }
  /** No start date: the day they first appeared (first enquiry, entry or profile). */
  | { kind: "first_appeared"; startedOn: string };

type Ctx = Pick<ServiceContext, "now" | "timeZone" | "rulesets">;

/**
 * The day ("YYYY-MM-DD") the person first appeared: their first enquiry, logged entry or
 * profile, whichever came first; today when there is none yet.
 */
export async function firstAppearedOn(sql: Sql, personId: number, ctx: Ctx): Promise<string> {
  const at = await firstAppearedAt(sql, personId);
  return at === null ? todayFor(ctx) : calendarDate(at, ctx.timeZone);
}

/** The ruleset in force on a start date, among the society's family. */
export function rulesetFor(ctx: Pick<ServiceContext, "rulesets">, startedOn: string): Ruleset {
  return rulesetForStartDate(startedOn, ctx.rulesets ?? BSUK_FAMILY);
}

/** A stored ruleset id, among the context's rulesets and every known one. */
export function storedRuleset(ctx: Ctx, rulesetId: string): Ruleset {
  return getRuleset(rulesetId, [...(ctx.rulesets ?? []), ...RULESETS]);
}

/** Why the trainee follows their criteria: the start date and who set it. */
export async function pathwayBasis(
  tx: Db,
  personId: number,
  profile: { pathwayStartedOn: string | null; pathwayStartSetById: number | null } | null,
  ctx: Ctx,
): Promise<PathwayBasis> {
  const startedOn = profile?.pathwayStartedOn ?? null;
  if (startedOn === null) {
    return { kind: "first_appeared", startedOn: await firstAppearedOn(tx, personId, ctx) };
  }
  if (profile?.pathwayStartSetById == null) return { kind: "given", startedOn };
  const setBy = await tx.person.findUnique({
    where: { id: profile.pathwayStartSetById },
    select: { slackUserId: true },
  });
  return { kind: "set", startedOn, setBy };
}
