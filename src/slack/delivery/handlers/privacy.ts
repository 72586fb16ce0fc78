import { redactMessage } from "../erased-posts.ts";
import type { EffectHandler } from "./types.ts";

/** The post now says its content was removed; one deleted in Slack meanwhile needs nothing. */
export const redactPost: EffectHandler<"post.redact"> = async ({ client }, effect) => {
  await redactMessage(client, effect);
};
