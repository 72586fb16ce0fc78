import type { WebClient } from "@slack/web-api";
import type { OutboxItemToDeliver } from "../../services/delivery/claim-outbox-items.ts";
import { openDirectMessage, type PostedMessage, type SlackMessage } from "../direct-message.ts";

const EVENT_TYPE = "balint_pathway_notice";
/** How far back to look for a post named by what it is, which an older item may have made. */
const HISTORY_LOOKBACK = 100;
/** Messages per page when reading a channel back to an item's creation. */
const HISTORY_PAGE = 200;
/** Read back this much before the item was stored: Slack's clock and ours may differ. */
const CLOCK_SKEW_MS = 60_000;

/** Where a post goes, and which of its item's posts it is. */
export interface PostTarget {
  channel: string;
  part: string;
  /**
   * Names the post by what it is rather than by the item, and always looks it up first: for a
   * post that another item may already have made before a crash left it unrecorded.
   */
  identity?: string;
}

function keyOf(item: OutboxItemToDeliver, target: PostTarget): string {
  return target.identity ?? `${item.id}/${target.part}`;
}

/** The post an earlier attempt of this item may have made to `target`, found by its key. */
export async function earlierPost(
  client: WebClient,
  item: OutboxItemToDeliver,
  target: PostTarget,
): Promise<PostedMessage | undefined> {
  if (item.attempts === 0 && !target.identity) return undefined;
  const key = keyOf(item, target);
  // A post named by its item is no older than the item: every message since is read, however
  // many came after it (an admin may ask to deliver again days later).
  const since = target.identity ? undefined : item.createdAt;
  return (await postsKeyed(client, target.channel, (found) => found === key, since))[0];
}

/**
 * Posts a message that carries its outbox item's id (and which of the item's posts it is) in
 * Slack's message metadata. On a retry, an earlier attempt may have reached Slack before the
 * process died or the answer was lost: the channel's history since the item was stored is
 * searched for that id first, so nobody sees the notice twice. A post found so
 * (`foundEarlier`) shows what was drawn then.
 */
export async function postOnce(
  client: WebClient,
  item: OutboxItemToDeliver,
  target: PostTarget & { threadTs?: string },
  message: SlackMessage,
): Promise<PostedMessage & { foundEarlier?: true }> {
  const earlier = await earlierPost(client, item, target);
  if (earlier) return { ...earlier, foundEarlier: true };
  const key = keyOf(item, target);
  const metadata = { event_type: EVENT_TYPE, event_payload: { key } };
  const posted = await client.chat.postMessage(
    target.threadTs
      ? {
          channel: target.channel,
          text: message.text,
          thread_ts: target.threadTs,
          reply_broadcast: true,
          metadata,
        }
      : { channel: target.channel, ...message, metadata },
  );
  if (!posted.ts || !posted.channel) throw new Error("chat.postMessage returned no ts");
  return { channel: posted.channel, ts: posted.ts };
}

/** The same, to one person's DM. */
export async function directMessageOnce(
  client: WebClient,
  item: OutboxItemToDeliver,
  target: { slackUserId: string; part: string },
  message: SlackMessage,
): Promise<PostedMessage> {
  const channel = await openDirectMessage(client, target.slackUserId);
  return postOnce(client, item, { channel, part: target.part }, message);
}

/** The channel's recent posts whose key starts with `prefix`, whichever items made them. */
export function recentPostsKeyedFrom(
  client: WebClient,
  channel: string,
  prefix: string,
): Promise<PostedMessage[]> {
  return postsKeyed(client, channel, (key) => key.startsWith(prefix));
}

/** The channel's posts whose key `matches`: since `since`, page by page, else the recent ones. */
async function postsKeyed(
  client: WebClient,
  channel: string,
  matches: (key: string) => boolean,
  since?: Date,
): Promise<PostedMessage[]> {
  const found: PostedMessage[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversations.history({
      channel,
      include_all_metadata: true,
      ...(since
        ? { limit: HISTORY_PAGE, oldest: slackTs(since.getTime() - CLOCK_SKEW_MS) }
        : { limit: HISTORY_LOOKBACK }),
      ...(cursor ? { cursor } : {}),
    });
    for (const { metadata, ts } of page.messages ?? []) {
      const payload = metadata?.event_type === EVENT_TYPE ? metadata.event_payload : undefined;
      const key = (payload as { key?: unknown } | undefined)?.key;
      if (ts && typeof key === "string" && matches(key)) found.push({ channel, ts });
    }
    cursor = since ? page.response_metadata?.next_cursor || undefined : undefined;
  } while (cursor);
  return found;
}

/** A moment as Slack writes timestamps: seconds, with microseconds. */
function slackTs(ms: number): string {
  return (ms / 1000).toFixed(6);
}
