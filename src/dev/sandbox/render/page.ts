import type { PageState } from "../server/page-state.ts";
import { escapeHtml } from "./escape.ts";

export interface PageShellInput {
  state: Omit<PageState, "modal">;
  people: readonly { id: string; realName: string; name: string; role: string }[];
  command: string;
}

/** The whole page, with the first state already in place; /sandbox/app.js keeps it current. */
export function renderPage({ state, people, command }: PageShellInput): string {
  const options = people
    .map(
      (person) =>
        `<option value="${escapeHtml(person.id)}"${person.id === state.userId ? " selected" : ""}>${escapeHtml(person.realName)} (${escapeHtml(person.role)})</option>`,
    )
    .join("");
  const boot = JSON.stringify({ userId: state.userId, view: state.view, command }).replaceAll(
    "<",
    "\\u003c",
  );
  const handles = people.map((person) => `@${escapeHtml(person.realName)}`).join(", ");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Balint Pathway sandbox</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/sandbox/style.css">
</head>
<body>
<header class="topbar">
  <div class="brand">Balint Pathway <span class="brand-tag">sandbox</span></div>
  <label class="who">You are <select id="who">${options}</select></label>
  <div class="clock">Today: <strong id="today">${escapeHtml(state.today)}</strong> <span id="days-ahead">${escapeHtml(state.daysAhead)}</span></div>
  <div class="controls">
    <span class="controls-label">Advance the clock</span>
    <button type="button" id="advance-day" data-days="1">+1 day</button>
    <button type="button" id="advance-week" data-days="7">+1 week</button>
    <button type="button" id="run-digest">Run the weekly digest now</button>
  </div>
</header>
<div class="layout">
  <nav id="sidebar" class="sidebar">${state.sidebar}</nav>
  <main class="pane">
    <div id="title" class="title">${state.title}</div>
    <div id="main" class="conversation">${state.main}</div>
    <form id="composer" class="composer"${state.composer ? "" : " hidden"}>
      <input id="command" class="composer-input" name="command" autocomplete="off" spellcheck="false" value="${escapeHtml(command)} " aria-label="Command">
      <button type="submit" class="bk-button bk-primary">Send</button>
      <div class="composer-hint">Type <code>${escapeHtml(command)} help</code> to start. Mention people as ${handles}.</div>
    </form>
  </main>
</div>
<div id="modal-layer" class="modal-layer" hidden></div>
<dialog id="confirm-dialog" class="confirm-dialog"></dialog>
<div id="toast" class="toast" role="status" hidden></div>
<script type="application/json" id="sandbox-boot">${boot}</script>
<script src="/sandbox/app.js" defer></script>
</body>
</html>
`;
}

export function daysAheadText(days: number): string {
  if (days === 0) return "";
  return `(${days} ${days === 1 ? "day" : "days"} ahead of real time)`;
}
