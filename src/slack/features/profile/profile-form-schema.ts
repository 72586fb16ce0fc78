import { setUpProfileInput } from "../../../services/progress/set-up-profile.ts";
import { yesNoAnswer } from "../../forms/form-answers.ts";

/** The profile modal's answers, keyed by block id (the use case's field names). */
export function profileFormSchema(today: string) {
  const base = setUpProfileInput(today);
  return base.extend({
    ukBalintMember: yesNoAnswer(base.shape.ukBalintMember),
    psychoanalyticTraining: yesNoAnswer(base.shape.psychoanalyticTraining),
  });
}
