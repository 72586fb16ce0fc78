/**
 * A request to the leadership team: the leadership interest form (src/domain/enquiry.ts) or a
 * request for a leaders' training day in an area. Either is posted to the team's channel and
 * answered once, by direct message.
 */
import { z } from "zod";
import { NO_PATIENT_DETAILS } from "./enquiry.ts";
import { refusePatientDetails } from "./patient-details.ts";

export const LEADERSHIP_REQUEST_KINDS = ["interest_form", "training_day"] as const;
export type LeadershipRequestKind = (typeof LEADERSHIP_REQUEST_KINDS)[number];
/** A kind as stored (a text column), checked on the way out. */
export const leadershipRequestKind = z.enum(LEADERSHIP_REQUEST_KINDS);

export const TRAINING_DAY_LIMITS = { area: { min: 2, max: 120 }, details: { max: 1000 } } as const;
export const TRAINING_DAY_HINT = `Where, for whom and roughly when. ${NO_PATIENT_DETAILS}`;

const L = TRAINING_DAY_LIMITS;

export const trainingDayAnswersSchema = z.object({
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
export type TrainingDayAnswers = z.output<typeof trainingDayAnswersSchema>;
