import { setTimeout as delay } from "node:timers/promises";

/** Slow answers planned by tests: the next calls to a method wait before they are answered. */
export class SlownessPlan {
  private queued = new Map<string, number[]>();
  private waiting = new Map<string, number>();

  add(method: string, delayMs: number, times = 1): void {
    const list = this.queued.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(delayMs);
    this.queued.set(method, list);
  }

  async wait(method: string): Promise<void> {
    const delayMs = this.queued.get(method)?.shift();
    if (delayMs === undefined) return;
    this.waiting.set(method, this.held(method) + 1);
    try {
      await delay(delayMs);
    } finally {
      this.waiting.set(method, this.held(method) - 1);
    }
  }

  /** How many calls to `method` are being held back now. */
  held(method: string): number {
    return this.waiting.get(method) ?? 0;
  }

  reset(): void {
    this.queued.clear();
    this.waiting.clear();
  }
}
