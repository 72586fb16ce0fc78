import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import type { Sql } from "../../db/sql.ts";
import { insertProfile } from "../../db/trainee-profiles.ts";
import type { Db } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { formatUkDate } from "../../domain/dates.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { TraineeProfile } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { calendarDateInput, parseInput, todayFor } from "../inputs.ts";
import { firstAppearedOn, type PathwayBasis, pathwayBasis, rulesetFor } from "./pathway-start.ts";

const TRAINING_MESSAGE =
  "Describe your professional training in a health or health-related field in 2 to 300 characters, e.g. “GP (MRCGP)”.";
export const PSYCHOANALYTIC_DETAILS_MAX = 200;
const DETAILS_MESSAGE = `Say what psychoanalytic training you have, in 2 to ${PSYCHOANALYTIC_DETAILS_MAX} characters, e.g. “Psychoanalytic psychotherapy, 4 years”.`;

/**
 * The profile modal's answers. A blank start date means "not sure": the criteria in force on
 * the day the trainee first appeared apply.
 */
export function setUpProfileInput(today: string) {
  return z
    .object({
      ukBalintMember: z.boolean({
        error: "Say whether you are a member of the UK Balint Society.",
      }),
      professionalTraining: z
        .string({ error: TRAINING_MESSAGE })
        .trim()
        .min(2, TRAINING_MESSAGE)
        .max(300, TRAINING_MESSAGE)
        .superRefine(refusePatientDetails),
      psychoanalyticTraining: z.boolean({
        error: "Say whether you have psychoanalytic training.",
      }),
      psychoanalyticTrainingDetails: z
        .string({ error: DETAILS_MESSAGE })
        .trim()
        .max(PSYCHOANALYTIC_DETAILS_MAX, DETAILS_MESSAGE)
        .superRefine(refusePatientDetails)
        .nullable()
        .optional()
        .transform((text) => (text ? text : null)),
      pathwayStartedOn: calendarDateInput(today, "The date you started the pathway")
        .nullable()
        .optional()
        .transform((date) => date ?? null),
    })
    .superRefine((answers, ctx) => {
      const details = answers.psychoanalyticTrainingDetails;
      if (answers.psychoanalyticTraining && (details === null || details.length < 2)) {
        ctx.addIssue({
          code: "custom",
          path: ["psychoanalyticTrainingDetails"],
          message: DETAILS_MESSAGE,
        });
      }
    })
    .transform((answers) => ({
      ...answers,
      psychoanalyticTrainingDetails: answers.psychoanalyticTraining
        ? answers.psychoanalyticTrainingDetails
        : null,
    }));
}
export type SetUpProfileInput = z.input<ReturnType<typeof setUpProfileInput>>;

export interface SetUpProfileResult {
  profile: TraineeProfile;
  created: boolean;
  /** Why the profile's criteria apply: the start date and who set it. */
  basis: PathwayBasis;
}

/**
 * The profile a trainee gets when they log before setting one up: every answer unknown and
 * the criteria in force on the day they first appeared. Returns the existing profile untouched
 * when there is one.
 */
export async function ensureProfile(
  tx: Db,
  personId: number,
  ctx: Pick<ServiceContext, "now" | "timeZone" | "rulesets">,
): Promise<TraineeProfile> {
  const existing = await tx.traineeProfile.findUnique({ where: { personId } });
  if (existing) return existing;
  await startProfile(tx, personId, ctx);
  return tx.traineeProfile.findUniqueOrThrow({ where: { personId } });
}

/**
 * Stores the profile a trainee gets when they first log, for someone who has none, in raw SQL:
 * every answer unknown and the criteria in force on the day they first appeared. Returns its
 * ruleset's id.
 */
export async function startProfile(
  sql: Sql,
  personId: number,
  ctx: Pick<ServiceContext, "now" | "timeZone" | "rulesets">,
): Promise<string> {
  const ruleset = rulesetFor(ctx, await firstAppearedOn(sql, personId, ctx));
  await insertProfile(sql, { personId, rulesetId: ruleset.id, createdAt: ctx.now });
  return ruleset.id;
}

/** A start date the leadership team set cannot be changed by the trainee. */
function refuseLockedChange(existing: TraineeProfile | null, startedOn: string | null): void {
  if (existing?.pathwayStartSetById == null || existing.pathwayStartedOn === null) return;
  if (startedOn === null || startedOn === existing.pathwayStartedOn) return;
  throw new AppError(
    "INVALID_INPUT",
    `Your start date (${formatUkDate(existing.pathwayStartedOn)}) was set by the leadership team, so only they can change it.`,
    { fields: ["pathwayStartedOn"] },
  );
}

/**
 * Creates or updates the trainee's profile. The stored ruleset changes only when the start
 * date itself changes; a start date the leadership team set stays as they set it.
 */
export async function setUpProfile(
  ctx: ServiceContext,
  actor: Actor,
  input: SetUpProfileInput,
): Promise<SetUpProfileResult> {
  const answers = parseInput(setUpProfileInput(todayFor(ctx)), input);

  return ctx.db.$transaction(async (tx) => {
    const person = await ensurePerson(tx, actor, actor.isAdmin);
    const existing = await tx.traineeProfile.findUnique({ where: { personId: person.id } });
    refuseLockedChange(existing, answers.pathwayStartedOn);
    const locked = existing?.pathwayStartSetById != null;
    const startedOn = locked ? (existing?.pathwayStartedOn ?? null) : answers.pathwayStartedOn;
    const dateChanged = !existing || existing.pathwayStartedOn !== startedOn;
    const rulesetId =
      existing && !dateChanged
        ? existing.rulesetId
        : rulesetFor(ctx, startedOn ?? (await firstAppearedOn(tx, person.id, ctx))).id;
    const membershipChanged = existing?.ukBalintMember !== answers.ukBalintMember;
    const data = {
      ukBalintMember: answers.ukBalintMember,
      professionalTraining: answers.professionalTraining,
      psychoanalyticTraining: answers.psychoanalyticTraining,
      psychoanalyticTrainingDetails: answers.psychoanalyticTrainingDetails,
      pathwayStartedOn: startedOn,
      rulesetId,
      // The society's confirmation of membership holds only for the answer it confirmed.
      ...(membershipChanged
        ? {
            membershipConfirmedAt: null,
            membershipConfirmedOn: null,
            membershipConfirmedById: null,
          }
        : {}),
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
        rulesetChanged: existing ? existing.rulesetId !== rulesetId : null,
        ukBalintMember: answers.ukBalintMember,
        psychoanalyticTraining: answers.psychoanalyticTraining,
        pathwayStartedOn: startedOn,
      },
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "profile.saved", personId: profile.personId },
      { type: "home.refresh", personId: profile.personId },
    ]);
    const basis = await pathwayBasis(tx, person.id, profile, ctx);
    return { profile, created: existing === null, basis };
  });
}
