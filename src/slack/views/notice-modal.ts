import type { KnownBlock, ModalView } from "@slack/types";
import { plain, section } from "./blocks.ts";
import { SLACK_LIMITS } from "./limits.ts";

/** A modal with no form, only a Close button: a notice, a refusal, or a record to read. Pure. */
export function readOnlyModal(title: string, blocks: KnownBlock[], callbackId?: string): ModalView {
  return {
    type: "modal",
    ...(callbackId ? { callback_id: callbackId } : {}),
    title: plain(title, SLACK_LIMITS.modalTitle),
    close: plain("Close", SLACK_LIMITS.modalSubmitText),
    blocks: blocks.slice(0, SLACK_LIMITS.blocksPerView),
  };
}

/** A modal that only says something: a refusal, or that it is already done. */
export function noticeModal(title: string, text: string): ModalView {
  return readOnlyModal(title, [section(text)]);
}

/** Opened at once from a click or command (triggers expire in 3 s), then filled in. */
export function loadingModal(title: string): ModalView {
  return noticeModal(title, "One moment…");
}
