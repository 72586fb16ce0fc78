import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import type { Db } from "../../db/transaction.ts";
import { rulesetForStartDate } from "../../domain/rulesets/index.ts";
import type { TraineeProfile } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { calendarDateInput, parseInput, todayFor } from "../inputs.ts";

const TRAINING_MESSAGE =
  "Describe your professional training in a health or health-related field in 2 to 300 characters, e.g. “GP (MRCGP)”.";

/** The profile modal's answers. A blank start date means "not sure": the newest criteria apply. */
export function setUpProfileInput(today: string) {
  return z.object({
    ukBalintMember: z.boolean({ error: "Say whether you are a member of the UK Balint Society." }),
    professionalTraining: z
      .string({ error: TRAINING_MESSAGE })
      .trim()
      .min(2, TRAINING_MESSAGE)
      .max(300, TRAINING_MESSAGE),
    psychoanalyticTraining: z.boolean({ error: "Say whether you have psychoanalytic training." }),
    pathwayStartedOn: calendarDateInput(today, "The date you started the pathway")
      .nullable()
      .optional()
      .transform((date) => date ?? null),
  });
}
export type SetUpProfileInput = z.input<ReturnType<typeof setUpProfileInput>>;

export interface SetUpProfileResult {
  profile: TraineeProfile;
  created: boolean;
}

/**
 * The profile a trainee gets when they log before setting one up: every answer unknown and
 * the newest criteria. Returns the existing profile untouched when there is one.
 */
export async function ensureProfile(tx: Db, personId: number, now: Date): Promise<TraineeProfile> {
  return tx.traineeProfile.upsert({
    where: { personId },
    create: { personId, rulesetId: rulesetForStartDate(null).id, createdAt: now },
    update: {},
  });
}

/** Creates or updates the trainee's profile; the start date pins the criteria they follow. */
export async function setUpProfile(
  ctx: ServiceContext,
  actor: Actor,
  input: SetUpProfileInput,
): Promise<SetUpProfileResult> {
  const answers = parseInput(setUpProfileInput(todayFor(ctx)), input);
  const rulesetId = rulesetForStartDate(answers.pathwayStartedOn).id;

  return ctx.db.$transaction(async (tx) => {
    const person = await ensurePerson(tx, actor, actor.isAdmin);
    const existing = await tx.traineeProfile.findUnique({ where: { personId: person.id } });
    const membershipChanged = existing?.ukBalintMember !== answers.ukBalintMember;
    const data = {
      ukBalintMember: answers.ukBalintMember,
      professionalTraining: answers.professionalTraining,
      psychoanalyticTraining: answers.psychoanalyticTraining,
      pathwayStartedOn: answers.pathwayStartedOn,
      rulesetId,
      // An admin's confirmation of membership holds only for the answer it confirmed.
      ...(membershipChanged ? { membershipConfirmedAt: null } : {}),
    };
    const profile = existing
      ? await tx.traineeProfile.update({ where: { personId: person.id }, data })
      : await tx.traineeProfile.create({
          data: { personId: person.id, createdAt: ctx.now, ...data },
        });

    await recordAudit(tx, {
      actorId: person.id,
      action: existing ? "profile.updated" : "profile.created",
      subjectType: "trainee_profile",
      subjectId: profile.id,
      details: {
        rulesetId,
        ukBalintMember: answers.ukBalintMember,
        psychoanalyticTraining: answers.psychoanalyticTraining,
        pathwayStartedOn: answers.pathwayStartedOn,
      },
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "profile.saved", personId: profile.personId },
      { type: "home.refresh", personId: profile.personId },
    ]);
    return { profile, created: existing === null };
  });
}
