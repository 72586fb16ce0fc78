import type { ModalView } from "@slack/types";
import { z } from "zod";
import type { Actor } from "../../../../services/context.ts";
import { withdrawEntry } from "../../../../services/entries/withdraw-entry.ts";
import { type BotDeps, serviceContext } from "../../../deps.ts";
import { openDirectMessage, type SlackMessage } from "../../../direct-message.ts";
import { idValue, readButtonValue } from "../../../forms/button-value.ts";
import { isViewOwnedBy } from "../../../forms/view-owner.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { LOGGING_IDS } from "../ids.ts";
import { entryLine } from "../views/entry-words.ts";
import { undoneMessage } from "../views/logged-message.ts";
import { undoneModalView } from "../views/logged-modal.ts";
import { sessionsModal } from "./sessions-button.ts";
import { sessionsMessage } from "./sessions-command.ts";

/** The modals that carry Undo or Withdraw, each opened for one person. */
const OWN_MODALS = [LOGGING_IDS.loggedView, LOGGING_IDS.sessionsView] as const;

/** A click on a message only the clicker sees: the bot's ephemeral reply to their command. */
const ephemeralContainer = z.object({ type: z.literal("message"), is_ephemeral: z.literal(true) });

/**
 * Undo and Withdraw answer by redrawing what the click came from, but only when that is the
 * clicker's own: their ephemeral reply, or a logging modal opened for them. A click that claims
 * any other container (a channel's post, another person's modal) is answered privately instead,
 * and the original is left alone.
 */
async function answerClick(
  { body, client, respond }: ButtonClickArgs,
  actor: Actor,
  answer: { message: SlackMessage; modal: ModalView },
): Promise<void> {
  if (body.view) {
    if (body.view.type === "modal" && isViewOwnedBy(body.view, actor.userId, OWN_MODALS)) {
      await client.views.update({ view_id: body.view.id, view: answer.modal });
    } else {
      const channel = await openDirectMessage(client, actor.userId);
      await client.chat.postMessage({ channel, ...answer.message });
    }
  } else if (ephemeralContainer.safeParse(body.container).success) {
    await respond({ replace_original: true, ...answer.message });
  } else {
    await respond({ response_type: "ephemeral", replace_original: false, ...answer.message });
  }
}

/** Undo on the reply to a new entry (a message, or the logging modal): withdraws it. */
export function undoEntry(deps: BotDeps) {
  return async (args: ButtonClickArgs): Promise<void> => {
    const { id } = readButtonValue(idValue, args.action.value);
    const actor = interactionActor(deps, args.body);
    const { entry, changed } = await withdrawEntry(serviceContext(deps), actor, { entryId: id });
    await args.ack();
    await answerClick(args, actor, {
      message: undoneMessage(entry, changed),
      modal: undoneModalView(entry, changed, actor.userId),
    });
  };
}

/** Withdraw on a row of `/balint sessions` (a message, or the App Home's modal): withdraws it and redraws the list. */
export function withdrawFromList(deps: BotDeps) {
  return async (args: ButtonClickArgs): Promise<void> => {
    const { id } = readButtonValue(idValue, args.action.value);
    const actor = interactionActor(deps, args.body);
    const { entry, changed } = await withdrawEntry(serviceContext(deps), actor, { entryId: id });
    await args.ack();
    const notice = changed
      ? `:heavy_multiplication_x: Withdrawn: ${entryLine(entry)}. It no longer counts.`
      : `That entry (${entryLine(entry)}) was already withdrawn.`;
    const list = await sessionsMessage(deps, actor, notice);
    await answerClick(args, actor, {
      message: list,
      modal: sessionsModal(list.blocks ?? [], actor.userId),
    });
  };
}
