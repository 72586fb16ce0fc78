import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import {
  COMPETENCIES,
  COMPETENCY_IDS,
  COMPETENCY_RATINGS,
  type CompetencyId,
} from "../../domain/competencies.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { CompetencySignOff, Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput } from "../inputs.ts";
import { requireSupervisorOf } from "./supervisor-of.ts";

function ratingInput(id: CompetencyId, title: string) {
  return z.object(
    {
      rating: z.enum(COMPETENCY_RATINGS, {
        error: `Rate ${id} (${title}): demonstrated, developing or not yet observed.`,
      }),
      comment: z
        .string()
        .trim()
        .max(500, `Keep the comment on ${id} (${title}) to 500 characters or fewer.`)
        .superRefine(refusePatientDetails)
        .optional()
        .transform((comment) => (comment ? comment : null)),
    },
    { error: `Rate ${id} (${title}): demonstrated, developing or not yet observed.` },
  );
}

const [c1, c2, c3, c4, c5] = COMPETENCIES;

/** A rating (and optional comment) for each of the five competencies. */
export const signOffCompetenciesInput = z.object({
  trainee: personRefInput,
  ratings: z.object(
    {
      C1: ratingInput(c1.id, c1.title),
      C2: ratingInput(c2.id, c2.title),
      C3: ratingInput(c3.id, c3.title),
      C4: ratingInput(c4.id, c4.title),
      C5: ratingInput(c5.id, c5.title),
    },
    { error: "Rate each of the five competencies." },
  ),
});
export type SignOffCompetenciesInput = z.input<typeof signOffCompetenciesInput>;

export interface SignOffCompetenciesResult {
  trainee: Person;
  /** One row per competency, in C1..C5 order, all signed at the same moment. */
  signOffs: CompetencySignOff[];
}

/** The active supervisor rates the five competencies; each sign-off adds rows, so history shows growth. */
export async function signOffCompetencies(
  ctx: ServiceContext,
  actor: Actor,
  input: SignOffCompetenciesInput,
): Promise<SignOffCompetenciesResult> {
  const { trainee: traineeRef, ratings } = parseInput(signOffCompetenciesInput, input);

  return ctx.db.$transaction(async (tx) => {
    const { supervisor, trainee } = await requireSupervisorOf(
      tx,
      actor,
      traineeRef,
      "sign off their competencies",
    );

    const signOffs: CompetencySignOff[] = [];
    for (const id of COMPETENCY_IDS) {
      signOffs.push(
        await tx.competencySignOff.create({
          data: {
            traineeId: trainee.id,
            supervisorId: supervisor.id,
            competency: id,
            rating: ratings[id].rating,
            comment: ratings[id].comment,
            signedAt: ctx.now,
          },
        }),
      );
    }
    await recordAudit(tx, {
      actorId: supervisor.id,
      action: "competencies.signed_off",
      subjectType: "person",
      subjectId: trainee.id,
      details: Object.fromEntries(COMPETENCY_IDS.map((id) => [id, ratings[id].rating])),
      at: ctx.now,
    });
    await recordEffects(tx, [
      {
        type: "competencies.signed",
        traineeId: trainee.id,
        supervisorId: supervisor.id,
        signOffIds: signOffs.map((signOff) => signOff.id),
      },
      { type: "home.refresh", personId: trainee.id },
      { type: "home.refresh", personId: supervisor.id },
    ]);
    return { trainee, signOffs };
  });
}
