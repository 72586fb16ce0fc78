import type { ModalView } from "@slack/types";
import { z } from "zod";
import { NO_PATIENT_DETAILS } from "../../../../domain/enquiry.ts";
import type { LeadershipRequestKind } from "../../../../domain/leadership-request.ts";
import {
  REPLY_MAX,
  REPLY_MIN,
} from "../../../../services/leadership-requests/reply-to-leadership-request.ts";
import { encodeMetadata } from "../../../forms/private-metadata.ts";
import { context, section } from "../../../views/blocks.ts";
import { modal, textInput } from "../../../views/inputs.ts";
import { ENQUIRY_IDS } from "../ids.ts";

/** Which request the reply modal answers, carried in its private_metadata. */
export const replyFormMetadata = z.object({ id: z.number().int().positive() });

const WORDING: Record<LeadershipRequestKind, { title: string; what: string }> = {
  interest_form: { title: "Reply with advice", what: "leadership interest enquiry" },
  training_day: { title: "Reply to request", what: "training-day request" },
};

/** A leadership-team member's reply to a request. Pure. */
export function replyFormView(request: { id: number; kind: LeadershipRequestKind }): ModalView {
  const wording = WORDING[request.kind];
  return modal({
    callbackId: ENQUIRY_IDS.replyForm,
    title: wording.title,
    submit: "Send reply",
    privateMetadata: encodeMetadata(replyFormMetadata, { id: request.id }),
    blocks: [
      section(
        `Your reply to this ${wording.what} goes to the person who sent it, by direct message, with your name. Only the first reply is sent.`,
      ),
      context(`:lock: ${NO_PATIENT_DETAILS}`),
      textInput({
        blockId: ENQUIRY_IDS.replyBlock,
        label: "Your reply",
        multiline: true,
        minLength: REPLY_MIN,
        maxLength: REPLY_MAX,
      }),
    ],
  });
}
