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

/** Sends a DM from the bot to one person, opening the conversation if needed. */
export async function sendDirectMessage(
  client: WebClient,
  slackUserId: string,
  message: SlackMessage,
): Promise<PostedMessage> {
  const channel = await openDirectMessage(client, slackUserId);
  const posted = await client.chat.postMessage({ channel, ...message });
  if (!posted.ts) throw new Error("chat.postMessage returned no ts");
  return { channel, ts: posted.ts };
}

/** Posts to a channel and returns where the message is, so it can be updated later. */
export async function postToChannel(
  client: WebClient,
  channel: string,
  message: SlackMessage,
): Promise<PostedMessage> {
  const posted = await client.chat.postMessage({ channel, ...message });
  if (!posted.ts || !posted.channel) throw new Error("chat.postMessage returned no ts");
  return { channel: posted.channel, ts: posted.ts };
}
