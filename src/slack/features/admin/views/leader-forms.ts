import type { ModalView } from "@slack/types";
import { context, plain } from "../../../views/blocks.ts";
import { dateInput, modal } from "../../../views/inputs.ts";
import { ADMIN_IDS } from "../ids.ts";

export const LEADER_FORM_BLOCKS = { person: "person", accreditedOn: "accreditedOn" } as const;
export const ADD_TITLE = "Add a leader";
export const REMOVE_TITLE = "Remove a leader";

function personPicker(label: string, initialUser?: string): ModalView["blocks"][number] {
  return {
    type: "input",
    block_id: LEADER_FORM_BLOCKS.person,
    label: plain(label),
    element: {
      type: "users_select",
      action_id: LEADER_FORM_BLOCKS.person,
      ...(initialUser ? { initial_user: initialUser } : {}),
    },
  };
}

/** `admin leader add @person [date]` as a form. Pure. */
export function addLeaderModal(today: string): ModalView {
  return modal({
    callbackId: ADMIN_IDS.addLeaderModal,
    title: ADD_TITLE,
    submit: "Add",
    blocks: [
      personPicker("Who joins the register of accredited leaders"),
      dateInput({
        blockId: LEADER_FORM_BLOCKS.accreditedOn,
        label: "Accredited on",
        hint: "The date of the Council's decision; today when left empty.",
        optional: true,
        initialDate: today,
      }),
    ],
  });
}

/** `admin leader remove @person` as a form. Pure. */
export function removeLeaderModal(initialUser?: string): ModalView {
  return modal({
    callbackId: ADMIN_IDS.removeLeaderModal,
    title: REMOVE_TITLE,
    submit: "Remove",
    blocks: [
      personPicker("Who leaves the register", initialUser),
      context(
        "Their record is kept, and sessions they confirmed still count. Any supervision they give ends.",
      ),
    ],
  });
}
