import type { ServiceContext } from "../context.ts";

export interface TraineeProfileFacts {
  rulesetId: string;
  /** Whether the profile form's professional training is answered. */
  hasProfessionalTraining: boolean;
}

/** The few facts of a trainee's profile that replies and the App Home need; null without one. */
export async function findTraineeProfile(
  ctx: ServiceContext,
  personId: number,
): Promise<TraineeProfileFacts | null> {
  const profile = await ctx.db.traineeProfile.findUnique({
    where: { personId },
    select: { rulesetId: true, professionalTraining: true },
  });
  return profile
    ? {
        rulesetId: profile.rulesetId,
        hasProfessionalTraining: profile.professionalTraining != null,
      }
    : null;
}
