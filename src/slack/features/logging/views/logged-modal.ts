import type { ModalView } from "@slack/types";
import { viewOwnerMetadata } from "../../../forms/view-owner.ts";
import { modal } from "../../../views/inputs.ts";
import { LOGGING_IDS } from "../ids.ts";
import type { EntryFacts } from "./entry-words.ts";
import { type LoggedFacts, loggedBlocks, undoneMessage } from "./logged-message.ts";

/**
 * The logging modal after a successful submit: what was recorded, with Undo. Its metadata names
 * the trainee it was opened for (`owner`), so Undo redraws only their own modal. Pure.
 */
export function loggedModalView(facts: LoggedFacts, owner: string): ModalView {
  return modal({
    callbackId: LOGGING_IDS.loggedView,
    title: "Logged",
    close: "Done",
    blocks: loggedBlocks(facts),
    privateMetadata: viewOwnerMetadata(owner),
  });
}

/** The same modal after Undo. Pure. */
export function undoneModalView(entry: EntryFacts, changed: boolean, owner: string): ModalView {
  const { blocks = [] } = undoneMessage(entry, changed);
  return modal({
    callbackId: LOGGING_IDS.loggedView,
    title: "Undone",
    close: "Done",
    blocks,
    privateMetadata: viewOwnerMetadata(owner),
  });
}
