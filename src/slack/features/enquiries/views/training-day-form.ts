import type { ModalView } from "@slack/types";
import { NO_PATIENT_DETAILS } from "../../../../domain/enquiry.ts";
import { TRAINING_DAY_HINT, TRAINING_DAY_LIMITS } from "../../../../domain/leadership-request.ts";
import { context, section } from "../../../views/blocks.ts";
import { modal, textInput } from "../../../views/inputs.ts";
import { ENQUIRY_IDS } from "../ids.ts";

/** Asks the leadership team for a leaders' training day in an area. Pure. */
export function trainingDayFormView(): ModalView {
  return modal({
    callbackId: ENQUIRY_IDS.trainingDayForm,
    title: "Leaders' training day",
    submit: "Send to the team",
    blocks: [
      section(
        "Would you like a Balint leaders' training day in your area? Tell the leadership team where, and they will get in touch to discuss it.",
      ),
      context(`:lock: ${NO_PATIENT_DETAILS}`),
      textInput({
        blockId: "area",
        label: "Area",
        placeholder: "e.g. Yorkshire, or Bristol and the South West",
        minLength: TRAINING_DAY_LIMITS.area.min,
        maxLength: TRAINING_DAY_LIMITS.area.max,
      }),
      textInput({
        blockId: "details",
        label: "Details",
        hint: TRAINING_DAY_HINT,
        optional: true,
        multiline: true,
        maxLength: TRAINING_DAY_LIMITS.details.max,
      }),
    ],
  });
}
