import type { ModalView } from "@slack/types";
import { modal } from "../../../views/inputs.ts";
import { LOGGING_IDS } from "../ids.ts";
import type { EntryFacts } from "./entry-words.ts";
import { type LoggedFacts, loggedBlocks, undoneMessage } from "./logged-message.ts";

/** The logging modal after a successful submit: what was recorded, with Undo. Pure. */
export function loggedModalView(facts: LoggedFacts): ModalView {
  return modal({
    callbackId: LOGGING_IDS.loggedView,
    title: "Logged",
    close: "Done",
    blocks: loggedBlocks(facts),
  });
}

/** The same modal after Undo. Pure. */
export function undoneModalView(entry: EntryFacts, changed: boolean): ModalView {
  const { blocks = [] } = undoneMessage(entry, changed);
  return modal({ callbackId: LOGGING_IDS.loggedView, title: "Undone", close: "Done", blocks });
}
