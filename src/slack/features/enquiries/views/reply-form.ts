import type { ModalView } from "@slack/types";
import { z } from "zod";
import { NO_PATIENT_DETAILS } from "../../../../domain/enquiry.ts";
import { REPLY_MAX, REPLY_MIN } from "../../../../services/enquiries/reply-to-enquiry.ts";
import { encodeMetadata } from "../../../forms/private-metadata.ts";
import { context, section } from "../../../views/blocks.ts";
import { modal, textInput } from "../../../views/inputs.ts";
import { ENQUIRY_IDS } from "../ids.ts";

export const REPLY_SUBJECTS = ["enquiry", "training_day_request"] as const;
export type ReplySubject = (typeof REPLY_SUBJECTS)[number];

/** What the reply modal is answering, carried in its private_metadata. */
export const replyFormMetadata = z.object({
  subject: z.enum(REPLY_SUBJECTS),
  id: z.number().int().positive(),
});
export type ReplyFormMetadata = z.infer<typeof replyFormMetadata>;

const WORDING: Record<ReplySubject, { title: string; what: string }> = {
  enquiry: { title: "Reply with advice", what: "leadership interest enquiry" },
  training_day_request: { title: "Reply to request", what: "training-day request" },
};

/** A leadership-team member's reply to an enquiry or training-day request. Pure. */
export function replyFormView(target: ReplyFormMetadata): ModalView {
  const wording = WORDING[target.subject];
  return modal({
    callbackId: ENQUIRY_IDS.replyForm,
    title: wording.title,
    submit: "Send reply",
    privateMetadata: encodeMetadata(replyFormMetadata, target),
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
