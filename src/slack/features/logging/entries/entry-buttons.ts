import { withdrawEntry } from "../../../../services/entries/withdraw-entry.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { readOnlyModal } from "../../../views/notice-modal.ts";
import { LOGGING_IDS } from "../ids.ts";
import { entryLine } from "../views/entry-words.ts";
import { undoneMessage } from "../views/logged-message.ts";
import { undoneModalView } from "../views/logged-modal.ts";
import { SESSIONS_TITLE } from "./sessions-button.ts";
import { sessionsMessage } from "./sessions-command.ts";

/** Undo on the reply to a new entry (a message, or the logging modal): withdraws it. */
export function undoEntry(deps: BotDeps) {
  return async ({ ack, body, action, client, respond }: ButtonClickArgs): Promise<void> => {
    const { id } = readButtonValue(idValue, action.value);
    const actor = interactionActor(deps, body);
    const { entry, changed } = await withdrawEntry(serviceContext(deps), actor, { entryId: id });
    await ack();
    if (body.view?.type === "modal") {
      await client.views.update({ view_id: body.view.id, view: undoneModalView(entry, changed) });
    } else {
      await respond({ replace_original: true, ...undoneMessage(entry, changed) });
    }
  };
}

/** Withdraw on a row of `/balint sessions` (a message, or the App Home's modal): withdraws it and redraws the list. */
export function withdrawFromList(deps: BotDeps) {
  return async ({ ack, body, action, client, respond }: ButtonClickArgs): Promise<void> => {
    const { id } = readButtonValue(idValue, action.value);
    const actor = interactionActor(deps, body);
    const { entry, changed } = await withdrawEntry(serviceContext(deps), actor, { entryId: id });
    await ack();
    const notice = changed
      ? `:heavy_multiplication_x: Withdrawn: ${entryLine(entry)}. It no longer counts.`
      : `That entry (${entryLine(entry)}) was already withdrawn.`;
    const list = await sessionsMessage(deps, actor, notice);
    if (body.view?.type === "modal") {
      await client.views.update({
        view_id: body.view.id,
        view: readOnlyModal(SESSIONS_TITLE, list.blocks ?? [], LOGGING_IDS.sessionsView),
      });
    } else {
      await respond({ replace_original: true, ...list });
    }
  };
}
