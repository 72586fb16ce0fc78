import { enquiryAnswersSchema } from "../../../../domain/enquiry.ts";
import { numberAnswer, yesNoAnswer } from "../../../forms/form-answers.ts";

const shape = enquiryAnswersSchema.shape;

/** The interest form's answers, keyed by block id (the field names of the society's form). */
export const interestFormSchema = enquiryAnswersSchema.extend({
  psychoanalyticTraining: yesNoAnswer(shape.psychoanalyticTraining),
  groupSessions: numberAnswer(shape.groupSessions),
});

export const INTEREST_FIELDS = Object.keys(enquiryAnswersSchema.shape);
