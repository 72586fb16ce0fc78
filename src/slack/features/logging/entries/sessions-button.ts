import type { KnownBlock, ModalView } from "@slack/types";
import type { BotDeps } from "../../../deps.ts";
import { openModalThenFill } from "../../../forms/open-modal.ts";
import { viewOwnerMetadata } from "../../../forms/view-owner.ts";
import { type ButtonClickArgs, interactionActor } from "../../../interaction.ts";
import { readOnlyModal } from "../../../views/notice-modal.ts";
import { LOGGING_IDS } from "../ids.ts";
import { sessionsMessage } from "./sessions-command.ts";

const SESSIONS_TITLE = "Your sessions";

/** The sessions modal: one person's list, its metadata naming them so Withdraw redraws only theirs. */
export function sessionsModal(blocks: KnownBlock[], owner: string): ModalView {
  return {
    ...readOnlyModal(SESSIONS_TITLE, blocks, LOGGING_IDS.sessionsView),
    private_metadata: viewOwnerMetadata(owner),
  };
}

/** "My sessions" on the App Home: the list `/balint sessions` shows, with Withdraw, in a modal. */
export function openSessionsButton(deps: BotDeps) {
  return async ({ ack, body, client }: ButtonClickArgs): Promise<void> => {
    await ack();
    const actor = interactionActor(deps, body);
    await openModalThenFill(
      client,
      body.trigger_id,
      SESSIONS_TITLE,
      deps.config.SLASH_COMMAND,
      async () => {
        const { blocks = [] } = await sessionsMessage(deps, actor);
        return sessionsModal(blocks, actor.userId);
      },
    );
  };
}
