import { setTimeout as delay } from "node:timers/promises";

/** Slow answers planned by tests: the next calls to a method wait before they are answered. */
export class SlownessPlan {
  private queued = new Map<string, number[]>();

  add(method: string, delayMs: number, times = 1): void {
    const list = this.queued.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(delayMs);
    this.queued.set(method, list);
  }

  async wait(method: string): Promise<void> {
    const delayMs = this.queued.get(method)?.shift();
    if (delayMs !== undefined) await delay(delayMs);
  }

  reset(): void {
    this.queued.clear();
  }
}
