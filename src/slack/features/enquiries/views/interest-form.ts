import type { ModalView } from "@slack/types";
import {
  ENQUIRY_LIMITS,
  MEMBERSHIP_ANSWERS,
  MEMBERSHIP_LABELS,
  NO_PATIENT_DETAILS,
} from "../../../../domain/enquiry.ts";
import { context, section } from "../../../views/blocks.ts";
import { modal, radioInput, textInput, wholeNumberInput, YES_NO } from "../../../views/inputs.ts";
import { ENQUIRY_IDS } from "../ids.ts";

const L = ENQUIRY_LIMITS;

export const CERTIFICATES_NOTE = "There is no need for certificates at this stage.";

/** The society's leadership interest form, sent to the leadership team. Pure. */
export function interestFormView(): ModalView {
  return modal({
    callbackId: ENQUIRY_IDS.interestForm,
    title: "Leadership interest",
    submit: "Send to the team",
    blocks: [
      section(
        `Interested in training as a Balint group leader? Tell the leadership team about your experience so far and they will advise you on a training pathway that suits your needs. *${CERTIFICATES_NOTE}*`,
      ),
      context(`:lock: ${NO_PATIENT_DETAILS}`),
      section("*Your training*"),
      textInput({
        blockId: "professionalTraining",
        label: "Professional training and field",
        placeholder: "e.g. GP, general practice",
        minLength: L.professionalTraining.min,
        maxLength: L.professionalTraining.max,
      }),
      radioInput({
        blockId: "ukBalintMember",
        label: "Are you a member of the UK Balint Society?",
        choices: MEMBERSHIP_ANSWERS.map((value) => ({ value, text: MEMBERSHIP_LABELS[value] })),
      }),
      radioInput({
        blockId: "psychoanalyticTraining",
        label: "Do you have psychoanalytic training?",
        choices: YES_NO,
      }),
      textInput({
        blockId: "psychoanalyticTrainingDetails",
        label: "If so, what psychoanalytic training?",
        optional: true,
        multiline: true,
        maxLength: L.psychoanalyticTrainingDetails.max,
      }),
      section("*Balint group experience as a member*"),
      wholeNumberInput({
        blockId: "groupSessions",
        label: "About how many Balint group sessions have you attended as a member?",
        hint: "Count sessions at Balint Society weekends too. Put 0 if none yet.",
        min: L.groupSessions.min,
        max: L.groupSessions.max,
      }),
      textInput({
        blockId: "groupWhere",
        label: "Where?",
        placeholder: "e.g. a practice group in Leeds, the Oxford weekend",
        optional: true,
        maxLength: L.groupWhere.max,
      }),
      textInput({
        blockId: "groupWhen",
        label: "When?",
        placeholder: "e.g. 2019 to 2023",
        optional: true,
        maxLength: L.groupWhen.max,
      }),
      section("*Leadership experience so far*"),
      textInput({
        blockId: "coLeading",
        label: "Co-leading",
        hint: "How many sessions, where, and with whom.",
        optional: true,
        multiline: true,
        maxLength: L.coLeading.max,
      }),
      textInput({
        blockId: "leading",
        label: "Leading",
        optional: true,
        multiline: true,
        maxLength: L.leading.max,
      }),
      textInput({
        blockId: "supervision",
        label: "Supervision so far",
        hint: "With whom, how often, face to face, video or telephone.",
        optional: true,
        multiline: true,
        maxLength: L.supervision.max,
      }),
      textInput({
        blockId: "hopes",
        label: "What do you hope for?",
        hint: NO_PATIENT_DETAILS,
        multiline: true,
        minLength: L.hopes.min,
        maxLength: L.hopes.max,
      }),
    ],
  });
}
