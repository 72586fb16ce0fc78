import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

const REMEMBER_MS = 10 * 60_000;
const MAX_REMEMBERED = 10_000;

/**
 * Slack redelivers a request it thinks failed (x-slack-retry-num). Every delivery carries an id
 * that stays the same across retries (event_id, or trigger_id for commands and interactions);
 * a second delivery is acknowledged and goes no further.
 */
export function dropRepeatedDeliveries(): Middleware<AnyMiddlewareArgs> {
  const seen = new Map<string, number>();
  return async (args) => {
    const key = deliveryKey(args.body);
    const now = Date.now();
    if (key) {
      const firstSeen = seen.get(key);
      if (firstSeen !== undefined && now - firstSeen < REMEMBER_MS) {
        if ("ack" in args && typeof args.ack === "function") await args.ack();
        args.logger.info("Ignored a repeated delivery", { retryNum: args.context.retryNum });
        return;
      }
      seen.set(key, now);
      if (seen.size > MAX_REMEMBERED) forgetOldest(seen, now);
    }
    await args.next();
  };
}

/** The id that stays the same across Slack's redeliveries: event_id, else trigger_id. */
export function deliveryKey(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.event_id === "string") return `event:${record.event_id}`;
  if (typeof record.trigger_id === "string") return `trigger:${record.trigger_id}`;
  return undefined;
}

function forgetOldest(seen: Map<string, number>, now: number): void {
  for (const [key, at] of seen) {
    if (now - at >= REMEMBER_MS || seen.size > MAX_REMEMBERED) seen.delete(key);
    else break;
  }
}
