import type { Shortcut } from "../shortcuts.ts";
import { escapeHtml } from "./escape.ts";

function items(shortcuts: readonly Shortcut[], data: string): string {
  return shortcuts
    .map(
      (s) =>
        `<button type="button" class="menu-item" data-shortcut="${escapeHtml(s.callbackId)}"${data}>${escapeHtml(s.name)}</button>`,
    )
    .join("");
}

/** The lightning menu: the app's global shortcuts, as Slack lists them. */
export function renderLightningMenu(shortcuts: readonly Shortcut[]): string {
  const global = shortcuts.filter((s) => s.type === "global");
  if (global.length === 0) return "";
  return `<details class="shortcut-menu lightning"><summary title="Shortcuts">⚡ Shortcuts</summary><div class="menu">${items(global, "")}</div></details>`;
}

/** A message's "More actions" menu: the app's message shortcuts, on that message. */
export function renderMessageMenu(
  shortcuts: readonly Shortcut[],
  message: { channel: string; ts: string },
): string {
  const onMessage = shortcuts.filter((s) => s.type === "message");
  if (onMessage.length === 0) return "";
  const data = ` data-channel="${escapeHtml(message.channel)}" data-ts="${escapeHtml(message.ts)}"`;
  return `<details class="shortcut-menu more-actions"><summary title="More actions">⋯</summary><div class="menu">${items(onMessage, data)}</div></details>`;
}
