import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { ServiceContext } from "../../services/context.ts";
import { slackDeliveries } from "../../services/delivery/slack-deliveries.ts";

const REMEMBER_MS = 10 * 60_000;
const FORGET_EVERY_MS = 60_000;

/**
 * Slack redelivers a request it thinks failed (x-slack-retry-num). Every delivery carries an id
 * that stays the same across retries (event_id, or trigger_id for commands and interactions).
 * The database remembers the ids taken, so with several processes
 * on one database a repeat is acknowledged and goes no further, whichever process receives it.
 * A request that `storesNothing` (help) skips the check and its two writes.
 */
export function dropRepeatedDeliveries(
  context: () => ServiceContext,
  /** Requests that store nothing and are answered to their sender alone: a repeat is harmless. */
  storesNothing: (body: unknown) => boolean,
): Middleware<AnyMiddlewareArgs> {
  let forgottenAt = 0;
  return async (args) => {
    const key = deliveryKey(args.body);
    if (!key || storesNothing(args.body)) {
      await args.next();
      return;
    }
    const ctx = context();
    const now = Date.now();
    if (now - forgottenAt > FORGET_EVERY_MS) {
      forgottenAt = now;
      await slackDeliveries.forgetTakenBefore(ctx, new Date(now - REMEMBER_MS));
    }
    if (!(await slackDeliveries.take(ctx, key))) {
      if ("ack" in args && typeof args.ack === "function") await args.ack();
      args.logger.info("Ignored a repeated delivery", { retryNum: args.context.retryNum });
      return;
    }
    try {
      await args.next();
    } finally {
      await slackDeliveries.finish(ctx, key);
    }
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
