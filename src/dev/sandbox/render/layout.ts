import type { Shortcut } from "../shortcuts.ts";
import { renderBlocks } from "./blocks.ts";
import type { Directory } from "./directory.ts";
import { escapeHtml } from "./escape.ts";
import { type FeedItem, renderFeedItem } from "./message.ts";
import { renderLightningMenu } from "./shortcuts-menu.ts";

export interface Conversation {
  /** "messages" for the app's DM, else a channel id. */
  view: string;
  label: string;
  isPrivate: boolean;
  /** Newest bot post's ts, for unread marks ("" when empty). */
  latest: string;
}

/** A small padlock for private channels (an emoji would need an emoji font). */
const LOCK =
  '<svg class="lock" viewBox="0 0 16 16" width="12" height="12" aria-label="private"><path fill="currentColor" d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z"/></svg>';

/** The left bar: the app, then the channels the person is in. */
export function renderSidebar(input: {
  workspace: string;
  app: Conversation;
  channels: readonly Conversation[];
  current: string;
}): string {
  const item = (conversation: Conversation, icon: string) => {
    const active =
      conversation.view === input.current ||
      (conversation === input.app && input.current === "home");
    return `<button type="button" class="side-item${active ? " active" : ""}" data-view="${escapeHtml(conversation.view)}" data-latest="${escapeHtml(conversation.latest)}"><span class="side-icon">${icon}</span>${escapeHtml(conversation.label)}</button>`;
  };
  const channels = input.channels.map((channel) => item(channel, channel.isPrivate ? LOCK : "#"));
  return [
    `<div class="workspace-name">${escapeHtml(input.workspace)}</div>`,
    `<div class="side-section">Apps</div>`,
    item(input.app, "◆"),
    `<div class="side-section">Channels</div>`,
    channels.length ? channels.join("") : `<div class="side-empty">Not in any channel</div>`,
  ].join("");
}

/**
 * The conversation's title bar: the app has Home and Messages tabs, a channel its name; both
 * have the lightning menu of the app's global shortcuts.
 */
export function renderTitle(input: {
  label: string;
  view: string;
  isApp: boolean;
  isPrivate?: boolean;
  shortcuts?: readonly Shortcut[];
}): string {
  const lightning = renderLightningMenu(input.shortcuts ?? []);
  if (!input.isApp) {
    return `<h1>${input.isPrivate ? LOCK : "#"} ${escapeHtml(input.label)}</h1>${lightning}`;
  }
  const tab = (view: string, text: string) =>
    `<button type="button" class="tab${input.view === view ? " active" : ""}" data-view="${view}">${text}</button>`;
  return `<h1>◆ ${escapeHtml(input.label)}</h1><div class="tabs">${tab("home", "Home")}${tab("messages", "Messages")}</div>${lightning}`;
}

/** A conversation's messages, oldest first, each with the app's message shortcuts. */
export function renderConversation(
  items: readonly FeedItem[],
  directory: Directory,
  timeZone: string,
  shortcuts: readonly Shortcut[] = [],
): string {
  if (items.length === 0) {
    return `<div class="empty">Nothing here yet. Type a command below, e.g. <code>/balint help</code>.</div>`;
  }
  return items.map((item) => renderFeedItem(item, directory, timeZone, shortcuts)).join("");
}

/** The App Home tab as last published, or a note while it is being opened. */
export function renderHome(
  home: { id: string; blocks: readonly unknown[] } | undefined,
  directory: Directory,
): string {
  if (!home) return `<div class="empty">Opening the Home tab…</div>`;
  return `<div class="home-view" data-view-id="${escapeHtml(home.id)}">${renderBlocks(home.blocks, directory)}</div>`;
}
