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

/** DM channels already opened, by client: a person's DM with the bot keeps its id. */
const openedChannels = new WeakMap<WebClient, Map<string, string>>();
/** People whose DM channel is remembered per client; the oldest is forgotten beyond this. */
const REMEMBERED = 5_000;

/** The bot's DM channel with one person, opened if needed (one Slack call per person). */
export async function openDirectMessage(client: WebClient, slackUserId: string): Promise<string> {
  let channels = openedChannels.get(client);
  if (!channels) {
    channels = new Map();
    openedChannels.set(client, channels);
  }
  const known = channels.get(slackUserId);
  if (known) return known;
  const opened = await client.conversations.open({ users: slackUserId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error("conversations.open returned no channel");
  channels.set(slackUserId, channel);
  if (channels.size > REMEMBERED) channels.delete(channels.keys().next().value ?? "");
  return channel;
}
