import type { WebClient } from "@slack/web-api";
import type { BotDeps } from "../../deps.ts";
import { refreshHome } from "../home/publish-home.ts";

type Who = { teamId: string; userId: string };

/** Per bot: the refresh running for each person, and at most one queued behind it. */
const refreshes = new WeakMap<
  BotDeps,
  { running: Map<string, Promise<void>>; queued: Map<string, Promise<void>> }
>();

/**
 * Refreshes someone's Home after a change, coalescing bursts: while one refresh runs, further
 * requests share a single refresh queued behind it, which reads everything changed meanwhile.
 * A trainee logging a weekend of sessions in quick succession costs two refreshes, not ten.
 */
export function refreshHomeSoon(deps: BotDeps, client: WebClient, who: Who): Promise<void> {
  const state = refreshes.get(deps) ?? { running: new Map(), queued: new Map() };
  refreshes.set(deps, state);
  const key = `${who.teamId}:${who.userId}`;
  const queued = state.queued.get(key);
  if (queued) return queued;
  const running = state.running.get(key);
  const start = (): Promise<void> => {
    const refresh = refreshHome(deps, client, who).finally(() => {
      if (state.running.get(key) === refresh) state.running.delete(key);
    });
    state.running.set(key, refresh);
    return refresh;
  };
  if (!running) return start();
  const next = running.then(() => {
    state.queued.delete(key);
    return start();
  });
  state.queued.set(key, next);
  return next;
}
