import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import { NO_PATIENT_DETAILS } from "../../domain/enquiry.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { Person, TrainingDayRequest } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";

export const TRAINING_DAY_LIMITS = { area: { min: 2, max: 120 }, details: { max: 1000 } } as const;
export const TRAINING_DAY_HINT = `Where, for whom and roughly when. ${NO_PATIENT_DETAILS}`;

const L = TRAINING_DAY_LIMITS;

export const submitTrainingDayRequestSchema = z.object({
  area: z
    .string({ error: "Please say in which area you would like a training day." })
    .trim()
    .min(L.area.min, `Please name the area (at least ${L.area.min} characters).`)
    .max(L.area.max, `Please keep the area to ${L.area.max} characters or fewer.`)
    .superRefine(refusePatientDetails),
  details: z
    .string()
    .trim()
    .max(L.details.max, `Please keep the details to ${L.details.max} characters or fewer.`)
    .superRefine(refusePatientDetails)
    .nullish()
    .transform((value) => (value ? value : null)),
});
export type SubmitTrainingDayRequestInput = z.input<typeof submitTrainingDayRequestSchema>;

/** Asks the leadership team for a leaders' training day in an area. */
export async function submitTrainingDayRequest(
  ctx: ServiceContext,
  actor: Actor,
  input: SubmitTrainingDayRequestInput,
): Promise<TrainingDayRequest & { person: Person }> {
  const { area, details } = parseInput(submitTrainingDayRequestSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const person = await ensurePerson(tx, actor, actor.isAdmin);
    const request = await tx.trainingDayRequest.create({
      data: { personId: person.id, area, details, createdAt: ctx.now },
      include: { person: true },
    });
    await recordAudit(tx, {
      actorId: person.id,
      action: "training_day.requested",
      subjectType: "training_day_request",
      subjectId: request.id,
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "request.show", subject: "training_day_request", id: request.id },
      { type: "request.received", subject: "training_day_request", id: request.id },
    ]);
    return request;
  });
}
