import { z } from "zod";
import { isActiveSupervisor } from "../../db/leaders.ts";
import { findPerson } from "../../db/people.ts";
import { loadTraineeFacts } from "../../db/trainee-facts.ts";
import { AppError } from "../../domain/app-error.ts";
import { evaluate } from "../../domain/evaluate.ts";
import type { Evaluation, TraineeFacts } from "../../domain/progress.ts";
import type { Ruleset } from "../../domain/ruleset.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput, todayFor } from "../inputs.ts";
import { type PathwayBasis, pathwayBasis, rulesetFor, storedRuleset } from "./pathway-start.ts";

export const getProgressInput = z.object({
  /** Whose progress: the actor's own when left out; else their supervisor or an admin may look. */
  trainee: personRefInput.optional(),
});
export type GetProgressInput = z.input<typeof getProgressInput>;

export interface ProgressProfile {
  ukBalintMember: boolean | null;
  membershipConfirmedAt: Date | null;
  /** "YYYY-MM-DD" when the society confirmed the membership; null: self-declared. */
  membershipConfirmedOn: string | null;
  professionalTraining: string | null;
  psychoanalyticTraining: boolean | null;
  psychoanalyticTrainingDetails: string | null;
  pathwayStartedOn: string | null;
  /** True when the leadership team set the start date: the trainee cannot change it. */
  pathwayStartLocked: boolean;
  rulesetId: string;
}

export interface GetProgressResult {
  ruleset: Ruleset;
  evaluation: Evaluation;
  /** The saved answers, or every answer unknown when there is no profile yet. */
  profile: ProgressProfile;
  /** Why these criteria apply: the start date and who set it. */
  basis: PathwayBasis;
  /**
   * True once the trainee has answered the profile form. The blank profile a first log
   * creates does not count, so the bot can still ask for the answers.
   */
  hasProfile: boolean;
}

const NO_FACTS: TraineeFacts = {
  profile: {
    ukBalintMember: null,
    membershipConfirmedOn: null,
    professionalTraining: null,
    psychoanalyticTraining: null,
    psychoanalyticTrainingDetails: null,
  },
  entries: [],
  hasActiveSupervisor: false,
  competencies: {},
  report: null,
};

/** The trainee's checklist against their ruleset. Reads only: nobody is created by looking. */
export async function getProgress(
  ctx: ServiceContext,
  actor: Actor,
  input: GetProgressInput = {},
): Promise<GetProgressResult> {
  const { trainee: ref } = parseInput(getProgressInput, input);

  return ctx.db.$transaction(async (tx) => {
    const own = !ref || (ref.teamId === actor.teamId && ref.userId === actor.userId);
    const trainee = await findPerson(tx, ref ?? actor);
    if (ref && !own && !actor.isAdmin) {
      const viewer = await findPerson(tx, actor);
      const allowed = viewer && trainee && (await isActiveSupervisor(tx, viewer.id, trainee.id));
      if (!allowed) {
        throw AppError.refuse("FORBIDDEN", { reason: "only_they_see_progress", trainee: ref });
      }
    }

    const saved = trainee
      ? await tx.traineeProfile.findUnique({ where: { personId: trainee.id } })
      : null;
    const basis: PathwayBasis = trainee
      ? await pathwayBasis(tx, trainee.id, saved, ctx)
      : { kind: "first_appeared", startedOn: todayFor(ctx) };
    const ruleset = saved ? storedRuleset(ctx, saved.rulesetId) : rulesetFor(ctx, basis.startedOn);
    const facts = trainee ? await loadTraineeFacts(tx, trainee.id, ctx) : NO_FACTS;
    const profile: ProgressProfile = {
      ukBalintMember: saved?.ukBalintMember ?? null,
      membershipConfirmedAt: saved?.membershipConfirmedAt ?? null,
      membershipConfirmedOn: saved?.membershipConfirmedOn ?? null,
      professionalTraining: saved?.professionalTraining ?? null,
      psychoanalyticTraining: saved?.psychoanalyticTraining ?? null,
      psychoanalyticTrainingDetails: saved?.psychoanalyticTrainingDetails ?? null,
      pathwayStartedOn: saved?.pathwayStartedOn ?? null,
      pathwayStartLocked: saved?.pathwayStartSetById != null,
      rulesetId: ruleset.id,
    };
    return {
      ruleset,
      evaluation: evaluate(ruleset, facts),
      profile,
      basis,
      hasProfile: saved !== null && saved.professionalTraining !== null,
    };
  });
}
