import type { ModalView } from "@slack/types";
import { z } from "zod";
import type { SlackMessage } from "../../../direct-message.ts";
import { context, mention, plain, section } from "../../../views/blocks.ts";
import { dateInput, modal } from "../../../views/inputs.ts";
import { readOnlyModal } from "../../../views/notice-modal.ts";
import { ADMIN_IDS } from "../ids.ts";

/** The admin commands about one person that the Home offers as forms, one button each. */
export const PERSON_FORM_KINDS = [
  "accredit",
  "member",
  "pathway",
  "history",
  "export",
  "erase",
] as const;
export const personFormKind = z.enum(PERSON_FORM_KINDS);
export type PersonFormKind = z.infer<typeof personFormKind>;

export const PERSON_FORM_BLOCKS = { person: "person", date: "date" } as const;

interface PersonForm {
  button: string;
  title: string;
  submit: string;
  who: string;
  date?: { label: string; hint: string; required: boolean };
  note?: string;
}

/** Each form asks what its command (`admin <kind> @person [date]`) takes. */
export const PERSON_FORMS: Readonly<Record<PersonFormKind, PersonForm>> = {
  accredit: {
    button: "Record an accreditation",
    title: "Record accreditation",
    submit: "Accredit",
    who: "Who the Council accredited",
    date: {
      label: "Date of the Council's decision",
      hint: "Today when left empty. They join the register of accredited leaders.",
      required: false,
    },
  },
  member: {
    button: "Confirm a membership",
    title: "Confirm membership",
    submit: "Confirm",
    who: "Whose membership the society confirmed",
    date: { label: "Confirmed on", hint: "Today when left empty.", required: false },
  },
  pathway: {
    button: "Enter on the pathway",
    title: "Enter on the pathway",
    submit: "Enter",
    who: "Which trainee",
    date: {
      label: "Pathway start date",
      hint: "The date is locked: only the leadership team can change it later.",
      required: true,
    },
  },
  history: {
    button: "Leader history",
    title: "Leader history",
    submit: "Show",
    who: "Whose periods on the register",
  },
  export: {
    button: "Export a person's data",
    title: "Export a person's data",
    submit: "Export",
    who: "Whose data",
    note: "Everything the bot holds about them comes to your DM as files: a PDF portfolio, JSON and a CSV of their entries.",
  },
  erase: {
    button: "Erase a person",
    title: "Erase a person",
    submit: "Next",
    who: "Who to erase",
    note: "You will be asked to confirm before anything is erased.",
  },
};

/** `admin <kind> @person [date]` as a form: the person, and the date where the command takes one. Pure. */
export function personFormModal(kind: PersonFormKind, today: string, metadata: string): ModalView {
  const form = PERSON_FORMS[kind];
  return modal({
    callbackId: ADMIN_IDS.personFormModal,
    title: form.title,
    submit: form.submit,
    privateMetadata: metadata,
    blocks: [
      {
        type: "input",
        block_id: PERSON_FORM_BLOCKS.person,
        label: plain(form.who),
        element: { type: "users_select", action_id: PERSON_FORM_BLOCKS.person },
      },
      ...(form.date
        ? [
            dateInput({
              blockId: PERSON_FORM_BLOCKS.date,
              label: form.date.label,
              hint: form.date.hint,
              optional: !form.date.required,
              ...(form.date.required ? {} : { initialDate: today }),
            }),
          ]
        : []),
      ...(form.note ? [context(form.note)] : []),
    ],
  });
}

/** The erase form's second step: nothing is erased until the admin confirms here. Pure. */
export function eraseConfirmModal(personUserId: string, metadata: string): ModalView {
  return modal({
    callbackId: ADMIN_IDS.eraseConfirmModal,
    title: PERSON_FORMS.erase.title,
    submit: "Erase for good",
    close: "Cancel",
    privateMetadata: metadata,
    blocks: [
      section(
        `*Erase ${mention(personUserId)}?* Their profile, entries and notes, enquiries, training-day requests, applications, the reports and sign-offs about them, their supervision and settings will be deleted for good, and the bot's posts about them will say the content was removed. This cannot be undone.`,
      ),
    ],
  });
}

/** What a form's submission answered, in place of the form. Pure. */
export function personFormResultModal(kind: PersonFormKind, answer: SlackMessage): ModalView {
  return readOnlyModal(PERSON_FORMS[kind].title, answer.blocks ?? [section(answer.text)]);
}
