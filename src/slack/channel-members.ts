import type { WebClient } from "@slack/web-api";

const CACHE_MS = 60_000;

export interface ChannelMembers {
  /** Whether a user is in a channel; `conversations.members` (all pages), cached for a minute. */
  includes(client: WebClient, channelId: string, userId: string): Promise<boolean>;
  /** Forgets what it knows, e.g. after someone joins. */
  forget(): void;
}

/** One per running bot, so a busy channel's buttons do not call Slack on every click. */
export function createChannelMembers(nowMs: () => number = Date.now): ChannelMembers {
  const cache = new Map<string, { members: ReadonlySet<string>; fetchedAt: number }>();
  return {
    async includes(client, channelId, userId) {
      const cached = cache.get(channelId);
      if (cached && nowMs() - cached.fetchedAt < CACHE_MS) return cached.members.has(userId);
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
      cache.set(channelId, { members, fetchedAt: nowMs() });
      return members.has(userId);
    },
    forget: () => cache.clear(),
  };
}
