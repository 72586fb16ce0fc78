import type { KnownBlock, ModalView } from "@slack/types";
import type { ConfirmationEntry } from "../../../../../services/confirmations/get-confirmation-request.ts";
import { context, section } from "../../../../views/blocks.ts";
import { readOnlyModal } from "../../../../views/notice-modal.ts";
import { confirmationRequestMessage } from "./confirmation-message.ts";

export const CORRECTED_TITLE = "Session corrected";
/** Corrected sessions shown with their buttons: with 2 blocks each and 2 per trainee, within 100. */
export const MAX_CORRECTED_SHOWN = 10;

function intro(corrected: number, others: number): string {
  const them = corrected === 1 ? "this session" : `these ${corrected} sessions`;
  const lines = [
    `*Nothing was confirmed.* The trainee corrected ${them} after the message you clicked was drawn, so it no longer showed what you would confirm.`,
    `Here ${corrected === 1 ? "it is" : "they are"} as ${corrected === 1 ? "it stands" : "they stand"} now: confirm or query ${corrected === 1 ? "it" : "each one"} below.`,
  ];
  if (others > 0) {
    lines.push(
      `The other ${others === 1 ? "session" : `${others} sessions`} you chose ${others === 1 ? "is" : "are"} still waiting for you too.`,
    );
  }
  return lines.join("\n");
}

/**
 * After a Confirm click on sessions the trainee corrected since they were shown: says nothing
 * was confirmed, and shows each corrected session as it stands now, with fresh Confirm and Query
 * buttons, grouped by trainee. `others`: sessions chosen with them that were not corrected. Pure.
 */
export function correctedSessionsModal(
  corrected: readonly ConfirmationEntry[],
  others: number,
  timeZone: string,
): ModalView {
  const shown = corrected.slice(0, MAX_CORRECTED_SHOWN);
  const trainees = [...new Set(shown.map((entry) => entry.trainee.id))];
  const blocks: KnownBlock[] = [
    section(intro(corrected.length, others)),
    ...trainees.flatMap(
      (traineeId) =>
        confirmationRequestMessage(
          shown.filter((entry) => entry.trainee.id === traineeId),
          timeZone,
        ).blocks ?? [],
    ),
  ];
  const hidden = corrected.length - shown.length;
  if (hidden > 0) {
    blocks.push(
      context(
        `${hidden} more corrected ${hidden === 1 ? "session is" : "sessions are"} in your direct messages from me and on my App Home.`,
      ),
    );
  }
  return readOnlyModal(CORRECTED_TITLE, blocks);
}
