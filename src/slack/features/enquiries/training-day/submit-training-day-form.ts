import { trainingDayAnswersSchema } from "../../../../domain/leadership-request.ts";
import { submitLeadershipRequest } from "../../../../services/leadership-requests/submit-leadership-request.ts";
import type { BotDeps } from "../../../deps.ts";
import { submitModal } from "../../../forms/submit-modal.ts";

const FIELDS = Object.keys(trainingDayAnswersSchema.shape);

/** A training-day request is sent: stored; the post and the requester's notice follow from the outbox. */
export function submitTrainingDayForm(deps: BotDeps) {
  return submitModal(deps, {
    form: trainingDayAnswersSchema,
    run: ({ ctx, actor, form }) =>
      submitLeadershipRequest(ctx, actor, { kind: "training_day", answers: form }),
    refusal: { fields: FIELDS, fallback: "area" },
  });
}
