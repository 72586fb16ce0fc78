import type { Shortcut } from "../shortcuts.ts";
import { renderBlocks } from "./blocks.ts";
import type { Directory } from "./directory.ts";
import { escapeHtml } from "./escape.ts";
import { mrkdwnToHtml } from "./mrkdwn.ts";
import { renderMessageMenu } from "./shortcuts-menu.ts";

/** One line in a conversation, as the page shows it. */
export interface FeedItem {
  kind: "message" | "ephemeral" | "command";
  channel: string;
  ts: string;
  text: string;
  blocks: readonly unknown[];
  /** Who wrote it: the app's name, or the person who typed the command. */
  author: string;
  edited?: boolean;
  /** Files shared with the message, offered as downloads. */
  files?: readonly { id: string; name: string; title: string; size: number }[];
}

/** A message: author, time, its message shortcuts, then its blocks (or its text when it has none). */
export function renderFeedItem(
  item: FeedItem,
  directory: Directory,
  timeZone: string,
  shortcuts: readonly Shortcut[] = [],
): string {
  const time = `<time>${escapeHtml(formatTs(item.ts, timeZone))}</time>`;
  if (item.kind === "command") {
    return `<div class="feed-command">${escapeHtml(item.author)} used <code>${escapeHtml(item.text)}</code> ${time}</div>`;
  }
  const body =
    item.blocks.length > 0
      ? renderBlocks(item.blocks, directory)
      : `<div class="bk-text">${mrkdwnToHtml(item.text, directory)}</div>`;
  const ephemeral = item.kind === "ephemeral";
  const files = renderFiles(item.files ?? []);
  const notes = [
    ephemeral ? `<span class="only-you">Only visible to you</span>` : "",
    item.edited ? `<span class="edited">(edited)</span>` : "",
  ].join("");
  return [
    `<article class="message${ephemeral ? " ephemeral" : ""}" data-channel="${escapeHtml(item.channel)}" data-ts="${escapeHtml(item.ts)}" data-ephemeral="${ephemeral}">`,
    `<div class="avatar" aria-hidden="true">B</div>`,
    `<div class="message-main"><div class="message-meta"><strong>${escapeHtml(item.author)}</strong> <span class="app-tag">APP</span> ${time}${notes}${ephemeral ? "" : renderMessageMenu(shortcuts, item)}</div>`,
    `<div class="message-body">${body}${files}</div></div>`,
    `</article>`,
  ].join("");
}

/** A download link per shared file, as Slack shows a file in a message. */
export function renderFiles(files: NonNullable<FeedItem["files"]>): string {
  if (files.length === 0) return "";
  const links = files.map(
    (file) =>
      `<li><a class="file-download" href="/sandbox/files/${encodeURIComponent(file.id)}" download="${escapeHtml(file.name)}">${escapeHtml(file.title)}</a> <span class="file-meta">${escapeHtml(file.name)}, ${Math.max(1, Math.round(file.size / 1024))} KB</span></li>`,
  );
  return `<ul class="files">${links.join("")}</ul>`;
}

/** A Slack ts ("1764150000.000100") as "Thu 26 Nov, 10:04" in the society's time zone. */
export function formatTs(ts: string, timeZone: string): string {
  const ms = Math.floor(Number(ts) * 1000);
  if (!Number.isFinite(ms)) return "";
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(ms));
}
