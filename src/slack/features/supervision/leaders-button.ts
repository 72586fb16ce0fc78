import { listLeaders } from "../../../services/register/list-leaders.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { openModalThenFill } from "../../forms/open-modal.ts";
import type { ButtonClickArgs } from "../../interaction.ts";
import { readOnlyModal } from "../../views/notice-modal.ts";
import { leadersListMessage } from "./views/leaders-list.ts";

const TITLE = "Accredited leaders";

/** "Accredited leaders" on the App Home: the register `/balint leaders` shows, for anyone. */
export function leadersButton(deps: BotDeps) {
  return async ({ ack, body, client }: ButtonClickArgs): Promise<void> => {
    await ack();
    await openModalThenFill(client, body.trigger_id, TITLE, deps.config.SLASH_COMMAND, async () => {
      const { leaders } = await listLeaders(serviceContext(deps));
      const { blocks = [] } = leadersListMessage(leaders, deps.config.SLASH_COMMAND);
      return readOnlyModal(TITLE, blocks);
    });
  };
}
