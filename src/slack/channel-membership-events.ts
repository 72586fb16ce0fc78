import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { BotDeps } from "./deps.ts";

/** How often the remembered members of the team channels are read again in full. */
const REFRESH_MS = 10 * 60_000;

/** Joins and leaves keep the remembered members of the team channels current. */
export function registerChannelMembership(app: App, deps: BotDeps): void {
  app.event("member_joined_channel", async ({ event }) => {
    deps.channelMembers.joined(event.channel, event.user);
  });
  app.event("member_left_channel", async ({ event }) => {
    deps.channelMembers.left(event.channel, event.user);
  });
}

/**
 * Warms the leadership and subcommittee channels now, then refreshes them now and then.
 * `warmed` settles when the first reading is in (or has failed).
 */
export function keepChannelMembersFresh(
  deps: BotDeps,
  client: WebClient,
): { timer: NodeJS.Timeout; warmed: Promise<void> } {
  const channels = [deps.config.LEADERSHIP_CHANNEL_ID, deps.config.SUBCOMMITTEE_CHANNEL_ID];
  const refresh = () => deps.channelMembers.refresh(client, channels);
  const warmed = refresh();
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  timer.unref();
  return { timer, warmed };
}
