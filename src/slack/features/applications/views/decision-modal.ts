import type { ModalView } from "@slack/types";
import { z } from "zod";
import {
  SUBCOMMITTEE_DECISIONS,
  type SubcommitteeDecision,
} from "../../../../domain/application-status.ts";
import type { SocietyNames } from "../../../../domain/societies.ts";
import { REASON_MAX } from "../../../../services/applications/decide-application.ts";
import { encodeMetadata } from "../../../forms/private-metadata.ts";
import { mention, plain, section } from "../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../views/limits.ts";
import { APPLICATION_IDS } from "../ids.ts";

export const REASON_BLOCK = "reason";

export const decisionMetadataSchema = z.object({
  id: z.number().int().positive(),
  decision: z.enum(SUBCOMMITTEE_DECISIONS),
  /** The applicant's Slack user id, for the modal's wording. */
  trainee: z.string().min(1),
  /** The application's latest step when the form opened (see decideApplication). */
  seen: z.number().int().nonnegative(),
});
export type DecisionMetadata = z.infer<typeof decisionMetadataSchema>;

const WORDING: Record<SubcommitteeDecision, { title: string; submit: string; lead: string }> = {
  recommend: {
    title: "Recommend to Council",
    submit: "Recommend",
    lead: "Recommend {who}'s application to {council}.",
  },
  more_info: {
    title: "Ask for more",
    submit: "Send question",
    lead: "Ask {who} for more information. They can update their statement and resubmit.",
  },
  not_yet: {
    title: "Not yet",
    submit: "Record “not yet”",
    lead: "Decide “not yet” on {who}'s application. They can apply again later.",
  },
};

/** The reason behind a decision: required, sent to the trainee, kept in the history. Pure. */
export function decisionModal(metadata: DecisionMetadata, society: SocietyNames): ModalView {
  const wording = WORDING[metadata.decision];
  return {
    type: "modal",
    callback_id: APPLICATION_IDS.decisionView,
    private_metadata: encodeMetadata(decisionMetadataSchema, metadata),
    title: plain(wording.title, SLACK_LIMITS.modalTitle),
    submit: plain(wording.submit, SLACK_LIMITS.modalSubmitText),
    close: plain("Cancel", SLACK_LIMITS.modalSubmitText),
    blocks: [
      section(
        wording.lead
          .replace("{who}", mention(metadata.trainee))
          .replace("{council}", society.council),
      ),
      {
        type: "input",
        block_id: REASON_BLOCK,
        label: plain("Reason"),
        hint: plain(
          "The trainee receives this with the decision; it stays in the application's history.",
        ),
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          max_length: REASON_MAX,
        },
      },
    ],
  };
}
