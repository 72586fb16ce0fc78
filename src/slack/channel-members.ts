import type { WebClient } from "@slack/web-api";
import { AppError } from "../domain/app-error.ts";
import { within } from "../time-limit.ts";

/** How long a permission check may wait for Slack before the acknowledgement's deadline. */
const LOOKUP_BUDGET_MS = 1_500;

export interface ChannelMembers {
  /**
   * Whether a user is in a channel. Answered from memory, which member_joined_channel and
   * member_left_channel events and a periodic refresh keep current; the first question about
   * a channel asks Slack, within a budget well inside Slack's 3-second deadline.
   */
  includes(client: WebClient, channelId: string, userId: string): Promise<boolean>;
  joined(channelId: string, userId: string): void;
  left(channelId: string, userId: string): void;
  /** Reads every known channel's members again (and `channelIds`, to warm them at start). */
  refresh(client: WebClient, channelIds?: readonly string[]): Promise<void>;
}

async function fetchMembers(client: WebClient, channelId: string): Promise<Set<string>> {
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
  return members;
}

const SLACK_TOO_SLOW = new AppError(
  "SLACK_UNAVAILABLE",
  "Slack did not tell me in time who is in the team's channel, so I could not check that you may do this. Nothing was changed: please try again in a moment.",
);

/** One per running bot. */
export function createChannelMembers(budgetMs = LOOKUP_BUDGET_MS): ChannelMembers {
  const known = new Map<string, Set<string>>();
  const loading = new Map<string, Promise<Set<string>>>();

  const load = (client: WebClient, channelId: string): Promise<Set<string>> => {
    const running = loading.get(channelId);
    if (running) return running;
    const next = fetchMembers(client, channelId)
      .then((members) => {
        known.set(channelId, members);
        return members;
      })
      .finally(() => loading.delete(channelId));
    loading.set(channelId, next);
    return next;
  };

  return {
    async includes(client, channelId, userId) {
      const members = known.get(channelId);
      if (members) return members.has(userId);
      // A late answer still fills the memory, so the next try is quick.
      const lookup = load(client, channelId);
      lookup.catch(() => undefined);
      const found = await within(lookup, budgetMs, () => {
        throw SLACK_TOO_SLOW;
      });
      return found.has(userId);
    },
    joined(channelId, userId) {
      known.get(channelId)?.add(userId);
    },
    left(channelId, userId) {
      known.get(channelId)?.delete(userId);
    },
    async refresh(client, channelIds = []) {
      const all = new Set([...known.keys(), ...channelIds]);
      await Promise.allSettled([...all].map((channelId) => load(client, channelId)));
    },
  };
}
