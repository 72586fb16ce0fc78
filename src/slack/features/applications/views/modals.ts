import type { KnownBlock, ModalView } from "@slack/types";
import { plain, section } from "../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../views/limits.ts";
import { APPLICATION_IDS } from "../ids.ts";

/** A modal with no form: shown while loading, for a notice, or to read an application. */
export function readOnlyModal(title: string, blocks: KnownBlock[]): ModalView {
  return {
    type: "modal",
    callback_id: APPLICATION_IDS.readOnlyView,
    title: plain(title, SLACK_LIMITS.modalTitle),
    close: plain("Close", SLACK_LIMITS.modalSubmitText),
    blocks: blocks.slice(0, SLACK_LIMITS.blocksPerView),
  };
}

/** Opened at once from a click (triggers expire in 3 s), then replaced when the data is in. */
export function loadingModal(title: string): ModalView {
  return readOnlyModal(title, [section("Loading…")]);
}

/** Replaces a submitted form when the answer is not a field error, e.g. "already decided". */
export function noticeModal(title: string, message: string): ModalView {
  return readOnlyModal(title, [section(message)]);
}
