import type { WebClient } from "@slack/web-api";
import type { OutboxItemToDeliver } from "../../services/delivery/claim-outbox-items.ts";
import { openDirectMessage, type PostedMessage, type SlackMessage } from "../direct-message.ts";

const EVENT_TYPE = "balint_pathway_notice";
/** How far back to look for a post whose first attempt may have reached Slack. */
const HISTORY_LOOKBACK = 100;

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
  return findEarlierPost(client, target.channel, keyOf(item, target));
}

/**
 * Posts a message that carries its outbox item's id (and which of the item's posts it is) in
 * Slack's message metadata. On a retry, an earlier attempt may have reached Slack before the
 * process died or the answer was lost: the channel's recent history is searched for that id
 * first, so nobody sees the notice twice. A post found so (`foundEarlier`) shows what was
 * drawn then.
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

async function findEarlierPost(
  client: WebClient,
  channel: string,
  key: string,
): Promise<PostedMessage | undefined> {
  return (await recentPostsKeyed(client, channel, (found) => found === key))[0];
}

/** The channel's recent posts whose key starts with `prefix`, whichever items made them. */
export function recentPostsKeyedFrom(
  client: WebClient,
  channel: string,
  prefix: string,
): Promise<PostedMessage[]> {
  return recentPostsKeyed(client, channel, (key) => key.startsWith(prefix));
}

async function recentPostsKeyed(
  client: WebClient,
  channel: string,
  matches: (key: string) => boolean,
): Promise<PostedMessage[]> {
  const history = await client.conversations.history({
    channel,
    limit: HISTORY_LOOKBACK,
    include_all_metadata: true,
  });
  return (history.messages ?? []).flatMap(({ metadata, ts }) => {
    const payload = metadata?.event_type === EVENT_TYPE ? metadata.event_payload : undefined;
    const key = (payload as { key?: unknown } | undefined)?.key;
    return ts && typeof key === "string" && matches(key) ? [{ channel, ts }] : [];
  });
}
