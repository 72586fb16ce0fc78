import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { ensurePerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Ruleset } from "../../domain/ruleset.ts";
import type { TraineeProfile } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { calendarDateInput, parseInput, personRefInput, todayFor } from "../inputs.ts";
import { rulesetFor, storedRuleset } from "./pathway-start.ts";
import { ensureProfile } from "./set-up-profile.ts";

/** Admins, and members of the leadership team's channel (the Slack layer checks that). */
export type PathwayActor = Actor & { isLeadershipTeam: boolean };

export function setPathwayStartInput(today: string) {
  return z.object({
    person: personRefInput,
    startedOn: calendarDateInput(today, "The start date"),
  });
}
export type SetPathwayStartInput = z.input<ReturnType<typeof setPathwayStartInput>>;

export interface SetPathwayStartResult {
  profile: TraineeProfile;
  ruleset: Ruleset;
  rulesetChanged: boolean;
  /** The start date before, if there was one. */
  previousStartedOn: string | null;
}

/**
 * Enters a trainee on the pathway: the leadership team sets and locks their start date, which
 * pins the criteria in force that day. The trainee can no longer change it.
 */
export async function setPathwayStart(
  ctx: ServiceContext,
  actor: PathwayActor,
  input: SetPathwayStartInput,
): Promise<SetPathwayStartResult> {
  if (!actor.isAdmin && !actor.isLeadershipTeam) {
    throw new AppError(
      "FORBIDDEN",
      "Only admins and the leadership team can set a trainee's start date.",
    );
  }
  const { person: ref, startedOn } = parseInput(setPathwayStartInput(todayFor(ctx)), input);
  if (ref.teamId === actor.teamId && ref.userId === actor.userId) {
    throw new AppError("FORBIDDEN", "You cannot set your own start date on the pathway.");
  }
  return ctx.db.$transaction(async (tx) => {
    const setter = await ensurePerson(tx, actor, actor.isAdmin);
    const person = await ensurePerson(tx, ref);
    const existing = await ensureProfile(tx, person.id, ctx);
    const dateChanged = existing.pathwayStartedOn !== startedOn;
    const ruleset = dateChanged
      ? rulesetFor(ctx, startedOn)
      : storedRuleset(ctx, existing.rulesetId);
    const profile = await tx.traineeProfile.update({
      where: { id: existing.id },
      data: {
        pathwayStartedOn: startedOn,
        pathwayStartSetById: setter.id,
        pathwayStartSetAt: ctx.now,
        rulesetId: ruleset.id,
      },
    });
    await recordAudit(tx, {
      actorId: setter.id,
      action: "pathway.start_set",
      subjectType: "trainee_profile",
      subjectId: profile.id,
      details: {
        personId: person.id,
        startedOn,
        previousStartedOn: existing.pathwayStartedOn,
        rulesetId: ruleset.id,
        previousRulesetId: existing.rulesetId,
      },
      at: ctx.now,
    });
    return {
      profile,
      ruleset,
      rulesetChanged: ruleset.id !== existing.rulesetId,
      previousStartedOn: existing.pathwayStartedOn,
    };
  });
}
