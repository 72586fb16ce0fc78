import type { WebClient } from "@slack/web-api";

const CACHE_MS = 60_000;

interface Cached {
  members: ReadonlySet<string>;
  fetchedAt: number;
}

const cache = new Map<string, Cached>();

/**
 * Whether a user is in a channel, by `conversations.members` (all pages), cached for a minute so
 * a busy channel's buttons do not call Slack on every click.
 */
export async function isChannelMember(
  client: WebClient,
  channelId: string,
  userId: string,
  nowMs: number = Date.now(),
): Promise<boolean> {
  const cached = cache.get(channelId);
  if (cached && nowMs - cached.fetchedAt < CACHE_MS) return cached.members.has(userId);
  const members = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await client.conversations.members({
      channel: channelId,
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    });
    for (const id of page.members ?? []) members.add(id);
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  cache.set(channelId, { members, fetchedAt: nowMs });
  return members.has(userId);
}

/** Forgets cached memberships (tests change channel members between cases). */
export function forgetChannelMembers(): void {
  cache.clear();
}
