import type { ModalView } from "@slack/types";
import { z } from "zod";
import type { ConfirmationEntry } from "../../../../../services/confirmations/get-confirmation-request.ts";
import { encodeMetadata } from "../../../../forms/private-metadata.ts";
import { context, mention, plain, section } from "../../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../../views/limits.ts";
import { SUPERVISION_IDS } from "../../ids.ts";
import { entrySummary } from "../entry-text.ts";

export const QUERY_TITLE = "Query a session";
/** The entry, and the version the form showed (absent from forms opened before versions). */
export const queryMetadata = z.object({
  entryId: z.number().int().positive(),
  version: z.number().int().positive().optional(),
});
export const REASON_BLOCK = "reason";

/** The form for querying one entry: the reason goes to the trainee. Pure. */
export function queryModal(entry: ConfirmationEntry): ModalView {
  return {
    type: "modal",
    callback_id: SUPERVISION_IDS.queryModal,
    private_metadata: encodeMetadata(queryMetadata, { entryId: entry.id, version: entry.version }),
    title: plain(QUERY_TITLE, SLACK_LIMITS.modalTitle),
    submit: plain("Send query", SLACK_LIMITS.modalSubmitText),
    close: plain("Cancel", SLACK_LIMITS.modalSubmitText),
    blocks: [
      section(`${mention(entry.trainee.slackUserId)}'s *${entrySummary(entry)}*`),
      {
        type: "input",
        block_id: REASON_BLOCK,
        label: plain("What needs checking?"),
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          min_length: 3,
          max_length: 500,
          placeholder: plain("e.g. I think that was the 13th, not the 20th."),
        },
      },
      context(
        "The trainee sees your reason and can correct the session and send it back to you. Please leave out any patient details.",
      ),
    ],
  };
}
