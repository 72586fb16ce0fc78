import { REMOVED_POST } from "../../features/privacy/views/privacy-messages.ts";
import type { EffectHandler } from "./types.ts";

/** The post now says its content was removed; one deleted in Slack meanwhile needs nothing. */
export const redactPost: EffectHandler<"post.redact"> = async ({ client }, effect) => {
  try {
    await client.chat.update({ channel: effect.channel, ts: effect.ts, ...REMOVED_POST });
  } catch (error) {
    if (slackErrorCode(error) !== "message_not_found") throw error;
  }
};

function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}
