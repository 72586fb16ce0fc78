import { calendarDate } from "../../../../domain/dates.ts";
import {
  type SubmitEnquiryResult,
  submitEnquiry,
} from "../../../../services/enquiries/submit-enquiry.ts";
import { recordPost } from "../../../../services/record-post.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { postToChannel, sendDirectMessage } from "../../../direct-message.ts";
import { modalErrorsFor } from "../../../forms/modal-errors.ts";
import { parseModal } from "../../../forms/modal-state.ts";
import { interactionActor, type ViewSubmissionArgs } from "../../../interaction.ts";
import { enquiryPostMessage } from "../views/enquiry-post.ts";
import { enquirySentMessage } from "../views/messages.ts";
import { INTEREST_FIELDS, interestFormSchema } from "./interest-form-schema.ts";

/**
 * The interest form is sent: stored, posted to the leadership team with a reply button, and
 * the enquirer told at once. Bad answers come back beside their fields.
 */
export function submitInterestForm(deps: BotDeps) {
  return async ({ ack, body, view, client }: ViewSubmissionArgs): Promise<void> => {
    const parsed = parseModal(interestFormSchema, view.state.values);
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    const actor = interactionActor(deps, body);
    let result: SubmitEnquiryResult;
    try {
      result = await submitEnquiry(serviceContext(deps), actor, parsed.data);
    } catch (error) {
      const errors = modalErrorsFor(error, INTEREST_FIELDS, "hopes");
      if (!errors) throw error;
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();

    const { enquiry, answers } = result;
    const posted = await postToChannel(
      client,
      deps.config.LEADERSHIP_CHANNEL_ID,
      enquiryPostMessage({
        enquiryId: enquiry.id,
        enquirerUserId: actor.userId,
        answers,
        receivedOn: calendarDate(enquiry.createdAt, deps.config.TIMEZONE),
        answered: null,
      }),
    );
    await recordPost(serviceContext(deps), { subject: "enquiry", id: enquiry.id, ...posted });
    await sendDirectMessage(client, actor.userId, enquirySentMessage());
  };
}
