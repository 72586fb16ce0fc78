import { setTimeout as delay } from "node:timers/promises";
import type { WebClient } from "@slack/web-api";
import type { BotDeps } from "../../deps.ts";
import { refreshHome } from "../home/publish-home.ts";

type Who = { teamId: string; userId: string };

/** How long a refresh waits for further changes by the same person before it reads them all. */
const SETTLE_MS = 250;

/** Per bot and person: the refresh running, and the one waiting to start (at most one each). */
const refreshes = new WeakMap<
  BotDeps,
  { running: Map<string, Promise<void>>; waiting: Map<string, Promise<void>> }
>();

/**
 * Refreshes someone's Home shortly after a change, coalescing bursts: every change made while a
 * refresh waits to start shares it. Logging a weekend of sessions one line at a time costs one
 * refresh rather than one each, and keeps that work away from the next acknowledgement.
 */
export function refreshHomeSoon(deps: BotDeps, client: WebClient, who: Who): Promise<void> {
  const state = refreshes.get(deps) ?? { running: new Map(), waiting: new Map() };
  refreshes.set(deps, state);
  const key = `${who.teamId}:${who.userId}`;
  const waiting = state.waiting.get(key);
  if (waiting) return waiting;
  const previous = state.running.get(key);
  const next = Promise.all([previous, delay(SETTLE_MS)]).then(() => {
    state.waiting.delete(key);
    const refresh = refreshHome(deps, client, who).finally(() => {
      if (state.running.get(key) === refresh) state.running.delete(key);
    });
    state.running.set(key, refresh);
    return refresh;
  });
  state.waiting.set(key, next);
  return next;
}
