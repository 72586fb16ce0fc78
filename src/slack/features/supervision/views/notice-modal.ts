import type { ModalView } from "@slack/types";
import { plain, section } from "../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../views/limits.ts";

/** A modal that only says something: "Loading…", a refusal, or that it is already done. Pure. */
export function noticeModal(title: string, text: string): ModalView {
  return {
    type: "modal",
    title: plain(title, SLACK_LIMITS.modalTitle),
    close: plain("Close", SLACK_LIMITS.modalSubmitText),
    blocks: [section(text)],
  };
}

export function loadingModal(title: string): ModalView {
  return noticeModal(title, "One moment…");
}
