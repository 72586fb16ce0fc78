import type { ModalView } from "@slack/types";
import { context, plain } from "../../../views/blocks.ts";
import { modal } from "../../../views/inputs.ts";
import { SUPERVISION_IDS } from "../ids.ts";

export const ASK_TITLE = "Ask a supervisor";
export const SUPERVISOR_BLOCK = "supervisor";

/** "Ask a supervisor" from the App Home: what `/balint supervisor @person` does, as a form. Pure. */
export function askSupervisorModal(command: string): ModalView {
  return modal({
    callbackId: SUPERVISION_IDS.askSupervisorModal,
    title: ASK_TITLE,
    submit: "Ask",
    blocks: [
      {
        type: "input",
        block_id: SUPERVISOR_BLOCK,
        label: plain("The accredited leader you would like as your supervisor"),
        element: { type: "users_select", action_id: SUPERVISOR_BLOCK },
      },
      context(
        `They answer in a direct message from me, and I tell you. \`${command} leaders\` lists the accredited leaders.`,
      ),
    ],
  });
}
