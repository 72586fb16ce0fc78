import { submitEnquiry } from "../../../../services/enquiries/submit-enquiry.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { modalErrorsFor } from "../../../forms/modal-errors.ts";
import { parseModal } from "../../../forms/modal-state.ts";
import { interactionActor, type ViewSubmissionArgs } from "../../../interaction.ts";
import { INTEREST_FIELDS, interestFormSchema } from "./interest-form-schema.ts";

/**
 * The interest form is sent: stored, then the post to the leadership team (with a reply
 * button) and the enquirer's notice follow from the outbox. Bad answers come back beside
 * their fields.
 */
export function submitInterestForm(deps: BotDeps) {
  return async ({ ack, body, view }: ViewSubmissionArgs): Promise<void> => {
    const parsed = parseModal(interestFormSchema, view.state.values);
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    const actor = interactionActor(deps, body);
    try {
      await submitEnquiry(serviceContext(deps), actor, parsed.data);
    } catch (error) {
      const errors = modalErrorsFor(error, INTEREST_FIELDS, "hopes", deps.config.SLASH_COMMAND);
      if (!errors) throw error;
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();
  };
}
