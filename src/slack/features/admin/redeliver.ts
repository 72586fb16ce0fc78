import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { redeliverOutboxItem } from "../../../services/delivery/redeliver-outbox-item.ts";
import { type BotDeps, serviceContext } from "../../deps.ts";
import { idValue, readButtonValue } from "../../forms/button-value.ts";
import { type ButtonClickArgs, interactionActor } from "../../interaction.ts";
import { ADMIN_IDS } from "./ids.ts";
import { redeliveryQueuedMessage } from "./views/delivery-failed.ts";

/**
 * "Deliver again" in an admin's DM about a notice given up: stored before the acknowledgement,
 * then the outbox is woken and the DM loses its button. Only an admin may ask; anyone else's
 * click (or a crafted value) changes nothing.
 */
async function redeliver(deps: BotDeps, { ack, body, action, respond }: ButtonClickArgs) {
  const { id } = readButtonValue(idValue, action.value);
  const actor = interactionActor(deps, body);
  const item = await redeliverOutboxItem(serviceContext(deps), actor, { itemId: id });
  await ack();
  deps.deliverSoon();
  await respond({ replace_original: true, ...redeliveryQueuedMessage(item) });
}

export function registerRedeliver(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(ADMIN_IDS.redeliver, (args) => redeliver(deps, args));
}
