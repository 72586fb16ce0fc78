import { isErasedUserId } from "../../../domain/former-member.ts";
import { confirmationIdentityPrefix } from "../../../services/confirmations/plan-confirmation-requests.ts";
import { personById } from "../../../services/delivery/delivery-reads.ts";
import { serviceContext } from "../../deps.ts";
import { openDirectMessage } from "../../direct-message.ts";
import { redactMessage } from "../erased-posts.ts";
import { recentPostsKeyedFrom } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

/** The post now says its content was removed; one deleted in Slack meanwhile needs nothing. */
export const redactPost: EffectHandler<"post.redact"> = async ({ client }, effect) => {
  await redactMessage(client, effect);
};

/**
 * A DM asking the confirmer about the erased trainee's sessions that Slack took but the bot never
 * recorded is found by the name it carries, and edited the same way.
 */
export const sweepConfirmationDms: EffectHandler<"confirmations.sweep"> = async (
  { deps, client },
  effect,
) => {
  const confirmer = await personById(serviceContext(deps), effect.confirmerId);
  if (!confirmer || isErasedUserId(confirmer.slackUserId)) return;
  const channel = await openDirectMessage(client, confirmer.slackUserId);
  const prefix = confirmationIdentityPrefix(effect.traineeId, effect.confirmerId);
  for (const post of await recentPostsKeyedFrom(client, channel, prefix)) {
    await redactMessage(client, post);
  }
};
