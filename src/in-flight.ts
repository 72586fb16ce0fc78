import { setTimeout as delay } from "node:timers/promises";

/**
 * Work the bot has started and must let finish before it closes the database: what listeners do
 * after acknowledging (DMs, App Home refreshes), scheduled job runs, and anything else that
 * registers itself here (such as a delivery outbox) with `track`.
 */
export interface InFlight {
  /** Registers work; returns the same promise, so callers still see its result or error. */
  track<T>(work: Promise<T>, label: string): Promise<T>;
  /** How many tracked pieces of work are still running. */
  readonly size: number;
  /** Waits up to `timeoutMs` for all tracked work, including work tracked meanwhile. Returns the labels of what is still running. */
  drain(timeoutMs: number): Promise<string[]>;
}

export function createInFlight(): InFlight {
  const running = new Map<Promise<void>, string>();
  return {
    track(work, label) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      running.set(settled, label);
      void settled.then(() => running.delete(settled));
      return work;
    },
    get size() {
      return running.size;
    },
    async drain(timeoutMs) {
      const timer = new AbortController();
      const timedOut = delay(Math.max(0, timeoutMs), "timed out", { signal: timer.signal }).catch(
        () => "aborted",
      );
      try {
        while (running.size > 0) {
          const outcome = await Promise.race([Promise.all(running.keys()), timedOut]);
          if (outcome === "timed out") break;
        }
      } finally {
        timer.abort();
      }
      return [...running.values()];
    },
  };
}
