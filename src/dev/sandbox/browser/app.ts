import type { PageState } from "../server/page-state.ts";
import { act, fetchState, type Outcome } from "./api.ts";
import { confirmFirst } from "./confirm.ts";
import { collectValues, showErrors } from "./forms.ts";

/** The sandbox page: polls the server for what the chosen person sees and plays their actions. */

interface Boot {
  userId: string;
  view: string;
  command: string;
}

const POLL_MS = 1000;
const boot = JSON.parse(byId("sandbox-boot").textContent ?? "{}") as Boot;
const current = { userId: boot.userId, view: boot.view };
const shown = new Map<string, string>();
const seen = new Map<string, string>();
let modalKey = "";
let requested = 0;
let applied = 0;

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element;
}

/** Replaces an element's HTML only when it changed, so focus and selection survive polling. */
function setHtml(id: string, html: string): boolean {
  if (shown.get(id) === html) return false;
  shown.set(id, html);
  byId(id).innerHTML = html;
  return true;
}

async function refresh(): Promise<void> {
  const ticket = ++requested;
  const state = await fetchState(current.userId, current.view).catch(() => undefined);
  if (!state || ticket < applied || state.userId !== current.userId) return;
  applied = ticket;
  apply(state);
}

function apply(state: PageState): void {
  current.view = state.view;
  document.body.dataset.userId = state.userId;
  document.body.dataset.view = state.view;
  const main = byId("main");
  const place = `${state.userId}:${state.view}`;
  const moved = main.dataset.place !== place;
  const atBottom = main.scrollHeight - main.scrollTop - main.clientHeight < 40;
  setHtml("sidebar", state.sidebar);
  setHtml("title", state.title);
  const changed = setHtml("main", state.main);
  main.dataset.place = place;
  // Conversations stay at their newest message, as in Slack; the Home tab opens at its top.
  if (state.view === "home") {
    if (moved) main.scrollTop = 0;
  } else if (moved || (changed && atBottom)) main.scrollTop = main.scrollHeight;
  byId("today").textContent = state.today;
  byId("days-ahead").textContent = state.daysAhead;
  byId("composer").hidden = !state.composer;
  showModal(state.modal);
  markUnread();
  const query = new URLSearchParams({ as: current.userId, view: current.view });
  history.replaceState(null, "", `/?${query}`);
}

function showModal(modal: PageState["modal"]): void {
  const layer = byId("modal-layer");
  const key = modal?.key ?? "";
  if (key === modalKey) return;
  modalKey = key;
  layer.innerHTML = modal?.html ?? "";
  layer.hidden = modal === null;
  layer.querySelector<HTMLElement>("input, textarea, select")?.focus();
}

/** Bold sidebar entries with bot posts this person has not looked at yet. */
function markUnread(): void {
  for (const item of Array.from(byId("sidebar").querySelectorAll<HTMLElement>(".side-item"))) {
    const key = `${current.userId}:${item.dataset.view}`;
    const latest = item.dataset.latest ?? "";
    if (item.classList.contains("active") && current.view !== "home") seen.set(key, latest);
    item.classList.toggle("unread", latest !== "" && latest !== (seen.get(key) ?? ""));
  }
}

/** After an action the bot often posts a moment later: look again soon, then keep polling. */
function refreshSoon(): void {
  void refresh();
  setTimeout(() => void refresh(), 300);
  setTimeout(() => void refresh(), 900);
}

function report(outcome: Outcome, success?: string): void {
  if (!outcome.ok && outcome.error) toast(outcome.error, true);
  else if (outcome.ok && success) toast(success, false);
  refreshSoon();
}

function toast(message: string, isError: boolean): void {
  const box = byId("toast");
  box.textContent = message;
  box.classList.toggle("error", isError);
  box.hidden = false;
  window.clearTimeout(Number(box.dataset.timer ?? 0));
  box.dataset.timer = String(window.setTimeout(() => (box.hidden = true), 7000));
}

async function switchView(view: string): Promise<void> {
  current.view = view;
  if (view === "home") await act("home", { as: current.userId });
  refreshSoon();
}

async function clickButton(button: HTMLElement): Promise<void> {
  if (button.hasAttribute("data-has-confirm") && !(await confirmFirst(button))) return;
  const base = {
    as: current.userId,
    actionId: button.dataset.actionId ?? "",
    blockId: button.dataset.blockId ?? "",
  };
  const modal = button.closest<HTMLElement>("form.modal");
  const home = button.closest<HTMLElement>(".home-view");
  const message = button.closest<HTMLElement>("article.message");
  if (modal) {
    const viewId = modal.dataset.viewId ?? "";
    report(await act("click", { ...base, container: { viewId }, values: collectValues(modal) }));
  } else if (home) {
    report(await act("click", { ...base, container: { viewId: home.dataset.viewId ?? "" } }));
  } else if (message) {
    const container = {
      channelId: message.dataset.channel ?? "",
      messageTs: message.dataset.ts ?? "",
      ephemeral: message.dataset.ephemeral === "true",
    };
    report(await act("click", { ...base, container }));
  }
}

async function submitModal(form: HTMLElement): Promise<void> {
  const viewId = form.dataset.viewId ?? "";
  const outcome = await act("submit", { as: current.userId, viewId, values: collectValues(form) });
  if (outcome.errors) {
    const unplaced = showErrors(form, outcome.errors);
    if (unplaced.length)
      toast(`The app named fields this form does not have: ${unplaced.join(", ")}`, true);
    return;
  }
  report(outcome);
}

async function sendCommand(input: HTMLInputElement): Promise<void> {
  const text = input.value;
  const outcome = await act("command", { as: current.userId, view: current.view, text });
  if (outcome.ok) input.value = `${boot.command} `;
  report(outcome);
}

/** A shortcut from the lightning menu or a message's "More actions": played to the app, menu closed. */
async function runShortcut(item: HTMLElement): Promise<void> {
  item.closest("details")?.removeAttribute("open");
  const { shortcut = "", channel, ts } = item.dataset;
  const message = channel && ts ? { channelId: channel, messageTs: ts } : undefined;
  const body = { as: current.userId, callbackId: shortcut, ...(message ? { message } : {}) };
  report(await act("shortcut", body));
}

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const shortcut = target?.closest<HTMLElement>("[data-shortcut]");
  if (shortcut) {
    void runShortcut(shortcut);
    return;
  }
  const viewButton = target?.closest<HTMLElement>("[data-view]");
  const actionButton = target?.closest<HTMLElement>("button[data-action-id]");
  const close = target?.closest<HTMLElement>("[data-modal-close]");
  if (actionButton) void clickButton(actionButton);
  else if (close) {
    const viewId = close.closest<HTMLElement>("form.modal")?.dataset.viewId ?? "";
    void act("close", { as: current.userId, viewId }).then((outcome) => report(outcome));
  } else if (viewButton && !viewButton.closest("form.modal")) {
    void switchView(viewButton.dataset.view ?? "messages");
  }
});

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  event.preventDefault();
  if (form.id === "composer") {
    const input = form.querySelector<HTMLInputElement>("#command");
    if (input) void sendCommand(input);
  } else if (form.classList.contains("modal")) void submitModal(form);
});

byId("who").addEventListener("change", (event) => {
  const select = event.target as HTMLSelectElement;
  current.userId = select.value;
  modalKey = "-";
  void switchView(current.view);
});

for (const id of ["advance-day", "advance-week"]) {
  byId(id).addEventListener("click", async (event) => {
    const days = Number((event.currentTarget as HTMLElement).dataset.days ?? 1);
    const outcome = await act("advance", { days });
    report(outcome, `The clock moved ${days === 1 ? "a day" : "a week"} on; the reminders ran.`);
  });
}

byId("run-digest").addEventListener("click", async () => {
  const outcome = await act("digest", {});
  report(outcome, "The weekly digest ran: see the subcommittee's channel.");
});

if (current.view === "home") void switchView("home");
else void refresh();
setInterval(() => void refresh(), POLL_MS);
