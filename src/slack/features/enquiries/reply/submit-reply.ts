import { z } from "zod";
import { replyToEnquirySchema } from "../../../../services/enquiries/reply-to-enquiry.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { modalErrorsFor } from "../../../forms/modal-errors.ts";
import { parseModal } from "../../../forms/modal-state.ts";
import { decodeMetadata } from "../../../forms/private-metadata.ts";
import { interactionActor, type ViewSubmissionArgs } from "../../../interaction.ts";
import { ENQUIRY_IDS } from "../ids.ts";
import { requireLeadershipTeam } from "../leadership-team.ts";
import { replyFormMetadata } from "../views/reply-form.ts";
import { REPLIERS } from "./reply-subjects.ts";

const replyFormSchema = z.object({ [ENQUIRY_IDS.replyBlock]: replyToEnquirySchema.shape.reply });
const REPLY_FIELDS = [ENQUIRY_IDS.replyBlock];

/**
 * A leadership-team member sends a reply: only the first counts. The asker gets it by DM and
 * the channel post shows who answered, without its button. A refusal (a second reply, a
 * stranger) stays in the modal, beside the reply.
 */
export function submitReply(deps: BotDeps) {
  return async ({ ack, body, view, client }: ViewSubmissionArgs): Promise<void> => {
    const target = decodeMetadata(replyFormMetadata, view.private_metadata);
    const parsed = parseModal(replyFormSchema, view.state.values);
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    const reply = parsed.data.reply;
    const actor = interactionActor(deps, body);
    try {
      await requireLeadershipTeam(deps, client, actor);
      await REPLIERS[target.subject](serviceContext(deps), actor, target.id, reply);
    } catch (error) {
      const errors = modalErrorsFor(
        error,
        REPLY_FIELDS,
        ENQUIRY_IDS.replyBlock,
        deps.config.SLASH_COMMAND,
      );
      if (!errors) throw error;
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();
  };
}
