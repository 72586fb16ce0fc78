import {
  submitTrainingDayRequest,
  submitTrainingDayRequestSchema,
} from "../../../../services/enquiries/submit-training-day-request.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { modalErrorsFor } from "../../../forms/modal-errors.ts";
import { parseModal } from "../../../forms/modal-state.ts";
import { interactionActor, type ViewSubmissionArgs } from "../../../interaction.ts";

const FIELDS = Object.keys(submitTrainingDayRequestSchema.shape);

/** A training-day request is sent: stored; the post and the requester's notice follow from the outbox. */
export function submitTrainingDayForm(deps: BotDeps) {
  return async ({ ack, body, view }: ViewSubmissionArgs): Promise<void> => {
    const parsed = parseModal(submitTrainingDayRequestSchema, view.state.values);
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    const actor = interactionActor(deps, body);
    try {
      await submitTrainingDayRequest(serviceContext(deps), actor, parsed.data);
    } catch (error) {
      const errors = modalErrorsFor(error, FIELDS, "area", deps.config.SLASH_COMMAND);
      if (!errors) throw error;
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();
  };
}
