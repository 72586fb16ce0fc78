import { getFailedOutboxItem } from "../../../services/delivery/settle-outbox-item.ts";
import { serviceContext } from "../../deps.ts";
import { deliveryFailedMessage } from "../../features/admin/views/delivery-failed.ts";
import { directMessageOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

/** Each admin hears once what could not be delivered, and Slack's last answer. */
export const tellAdminsOfFailure: EffectHandler<"delivery.failed"> = async (
  { deps, client, item },
  effect,
) => {
  const failed = await getFailedOutboxItem(serviceContext(deps), effect.itemId);
  if (!failed) return;
  const message = deliveryFailedMessage(failed);
  for (const admin of deps.config.ADMIN_USER_IDS) {
    await directMessageOnce(client, item, { slackUserId: admin, part: admin }, message);
  }
};
