import { calendarDate } from "../../../../domain/dates.ts";
import {
  submitTrainingDayRequest,
  submitTrainingDayRequestSchema,
} from "../../../../services/enquiries/submit-training-day-request.ts";
import { recordPost } from "../../../../services/record-post.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { postToChannel, sendDirectMessage } from "../../../direct-message.ts";
import { modalErrorsFor } from "../../../forms/modal-errors.ts";
import { parseModal } from "../../../forms/modal-state.ts";
import { interactionActor, type ViewSubmissionArgs } from "../../../interaction.ts";
import { trainingDayRequestSentMessage } from "../views/messages.ts";
import { trainingDayPostMessage } from "../views/training-day-post.ts";

const FIELDS = Object.keys(submitTrainingDayRequestSchema.shape);

/** A training-day request is sent: stored, posted to the leadership team, the requester told. */
export function submitTrainingDayForm(deps: BotDeps) {
  return async ({ ack, body, view, client }: ViewSubmissionArgs): Promise<void> => {
    const parsed = parseModal(submitTrainingDayRequestSchema, view.state.values);
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    const actor = interactionActor(deps, body);
    let request: Awaited<ReturnType<typeof submitTrainingDayRequest>>;
    try {
      request = await submitTrainingDayRequest(serviceContext(deps), actor, parsed.data);
    } catch (error) {
      const errors = modalErrorsFor(error, FIELDS, "area");
      if (!errors) throw error;
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();

    const posted = await postToChannel(
      client,
      deps.config.LEADERSHIP_CHANNEL_ID,
      trainingDayPostMessage({
        requestId: request.id,
        requesterUserId: actor.userId,
        area: request.area,
        details: request.details,
        receivedOn: calendarDate(request.createdAt, deps.config.TIMEZONE),
        answered: null,
      }),
    );
    await recordPost(serviceContext(deps), {
      subject: "training_day_request",
      id: request.id,
      ...posted,
    });
    await sendDirectMessage(client, actor.userId, trainingDayRequestSentMessage(request.area));
  };
}
