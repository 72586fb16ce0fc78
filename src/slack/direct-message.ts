import type { KnownBlock } from "@slack/types";
import type { WebClient } from "@slack/web-api";

export interface SlackMessage {
  /** The notification text, also shown where blocks cannot be. */
  text: string;
  blocks?: KnownBlock[];
}

export interface PostedMessage {
  channel: string;
  ts: string;
}

/** The bot's DM channel with one person, opened if needed. */
export async function openDirectMessage(client: WebClient, slackUserId: string): Promise<string> {
  const opened = await client.conversations.open({ users: slackUserId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error("conversations.open returned no channel");
  return channel;
}
