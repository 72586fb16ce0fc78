import { REMOVED_POST } from "../../features/privacy/views/privacy-messages.ts";
import { judgeSlackFailure } from "../slack-failure.ts";
import type { EffectHandler } from "./types.ts";

/** The post now says its content was removed; one deleted in Slack meanwhile needs nothing. */
export const redactPost: EffectHandler<"post.redact"> = async ({ client }, effect) => {
  try {
    await client.chat.update({ channel: effect.channel, ts: effect.ts, ...REMOVED_POST });
  } catch (error) {
    if (judgeSlackFailure(error).error !== "message_not_found") throw error;
  }
};
