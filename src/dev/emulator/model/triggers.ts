import type { IdSource } from "./ids.ts";

export const SLACK_TRIGGER_TTL_MS = 3_000;

interface IssuedTrigger {
  userId: string;
  issuedAt: number;
  used: boolean;
}

export type TriggerExchange =
  | { ok: true; userId: string }
  | { ok: false; error: "invalid_trigger_id" | "expired_trigger_id" };

/** trigger_ids the emulator handed out in interaction payloads: single use, 3 s lifetime. */
export class TriggerStore {
  private triggers = new Map<string, IssuedTrigger>();

  constructor(
    private readonly ids: IdSource,
    private readonly nowMs: () => number,
    private readonly ttlMs: number = SLACK_TRIGGER_TTL_MS,
  ) {}

  issue(userId: string): string {
    const id = this.ids.nextTriggerId();
    this.triggers.set(id, { userId, issuedAt: this.nowMs(), used: false });
    return id;
  }

  /** Uses up a trigger. Unknown or already used → invalid; older than the TTL → expired. */
  exchange(triggerId: string): TriggerExchange {
    const trigger = this.triggers.get(triggerId);
    if (!trigger || trigger.used) return { ok: false, error: "invalid_trigger_id" };
    if (this.nowMs() - trigger.issuedAt > this.ttlMs) {
      return { ok: false, error: "expired_trigger_id" };
    }
    trigger.used = true;
    return { ok: true, userId: trigger.userId };
  }

  reset(): void {
    this.triggers.clear();
  }
}
