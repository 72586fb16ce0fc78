import { z } from "zod";
import {
  replyToLeadershipRequest,
  replyToLeadershipRequestSchema,
} from "../../../../services/leadership-requests/reply-to-leadership-request.ts";
import type { BotDeps } from "../../../deps.ts";
import { submitModal } from "../../../forms/submit-modal.ts";
import { ENQUIRY_IDS } from "../ids.ts";
import { requireLeadershipTeam } from "../leadership-team.ts";
import { replyFormMetadata } from "../views/reply-form.ts";

const replyFormSchema = z.object({
  [ENQUIRY_IDS.replyBlock]: replyToLeadershipRequestSchema.shape.reply,
});

/**
 * A leadership-team member sends a reply: only the first counts. The asker gets it by DM and
 * the channel post shows who answered, without its button. A refusal (a second reply, a
 * stranger) stays in the modal, beside the reply.
 */
export function submitReply(deps: BotDeps) {
  return submitModal(deps, {
    metadata: replyFormMetadata,
    form: replyFormSchema,
    run: async ({ ctx, actor, client, form, metadata }) => {
      await requireLeadershipTeam(deps, client, actor);
      return replyToLeadershipRequest(ctx, actor, { requestId: metadata.id, reply: form.reply });
    },
    refusal: { fields: [ENQUIRY_IDS.replyBlock], fallback: ENQUIRY_IDS.replyBlock },
  });
}
