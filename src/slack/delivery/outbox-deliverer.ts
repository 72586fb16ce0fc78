import type { Logger } from "@slack/bolt";
import type { Effect } from "../../domain/effects.ts";
import type { ServiceContext } from "../../services/context.ts";
import {
  claimOutboxItems,
  nextOutboxDue,
  type OutboxItemToDeliver,
} from "../../services/delivery/claim-outbox-items.ts";
import {
  giveUpOutboxItems,
  markOutboxDelivered,
  retryOutboxItemLater,
} from "../../services/delivery/settle-outbox-item.ts";
import { judgeSlackFailure } from "./slack-failure.ts";

/** How delivery paces itself; tests shorten it. */
export interface DeliveryPolicy {
  /** Looks for due items at least this often (retries, other processes, restarts). */
  pollMs: number;
  /** An item is held this long by the process delivering it. */
  leaseMs: number;
  /** The first retry waits this long; each later one twice as long, up to `maxBackoffMs`. */
  firstBackoffMs: number;
  maxBackoffMs: number;
  /**
   * Attempts before giving up and telling the admins, when the last one failed for a reason that
   * may not pass (an outage, a channel the bot is not in): a rate limit, or a token or scope an
   * operator must fix, never gives an item up.
   */
  maxAttempts: number;
  /** One call to Slack may take this long before it counts as failed (its outcome unknown). */
  requestTimeoutMs: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  pollMs: 2_000,
  leaseMs: 30_000,
  firstBackoffMs: 1_000,
  maxBackoffMs: 15 * 60_000,
  maxAttempts: 15,
  requestTimeoutMs: 10_000,
};

/** Delivers one effect; `item` lets a post carry its outbox id, to be found if resent. */
export type DeliverEffect = (effect: Effect, item: OutboxItemToDeliver) => Promise<void>;

export interface OutboxDeliverer {
  /** Deliver what is due now, soon: called after a change is stored. */
  kick(): void;
  /**
   * Resolves once nothing is being delivered and nothing falls due within `horizonMs`
   * (retries further off are left to run later).
   */
  idle(horizonMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const BATCH = 20;

/**
 * The one road from stored changes to Slack. Items are delivered one at a time, oldest first,
 * so a trainee's notices keep their order; identical items due together are delivered once.
 * A failure waits (Slack's Retry-After, or a doubling backoff) without holding up the rest.
 */
export function startOutboxDeliverer(
  {
    context,
    logger,
    deliver,
  }: { context: () => ServiceContext; logger: Logger; deliver: DeliverEffect },
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
): OutboxDeliverer {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const waiters: Array<() => void> = [];

  const drain = async (): Promise<void> => {
    for (;;) {
      const items = await claimOutboxItems(context(), { limit: BATCH, leaseMs: policy.leaseMs });
      if (items.length === 0) return;
      const done = new Set<number>();
      for (const item of items) {
        if (stopped) return;
        if (done.has(item.id)) continue;
        const twins = items.filter(
          (other) => !done.has(other.id) && sameEffect(other.effect, item.effect),
        );
        for (const twin of twins) done.add(twin.id);
        await deliverOne(item, twins);
      }
      // A short batch was all that was due; what was stored since then kicked again (`again`).
      if (items.length < BATCH) return;
    }
  };

  const deliverOne = async (item: OutboxItemToDeliver, twins: OutboxItemToDeliver[]) => {
    try {
      await deliver(item.effect, item);
      await markOutboxDelivered(
        context(),
        twins.map((twin) => twin.id),
      );
    } catch (error) {
      const verdict = judgeSlackFailure(error);
      const attempt = item.attempts + 1;
      const failure = { itemId: item.id, effect: item.effect.type, attempt, error: verdict.error };
      // Only a malformed request, or an outage outlasting every attempt, is given up: a rate
      // limit, or a token or scope an operator must fix, waits as long as it takes.
      if (
        verdict.kind === "give_up" ||
        (verdict.kind === "retry" && attempt - item.waits >= policy.maxAttempts)
      ) {
        logger.error("Gave up delivering to Slack", failure);
        const others = twins.filter((twin) => twin.id !== item.id).map((twin) => twin.id);
        await giveUpOutboxItems(context(), [item.id, ...others], {
          error: verdict.error,
          tellAdmins: item.effect.type !== "delivery.failed",
        });
        // The admins' notice was stored without a kick: deliver it in this run.
        again = true;
        return;
      }
      const backoff = Math.min(policy.firstBackoffMs * 2 ** item.attempts, policy.maxBackoffMs);
      const afterMs =
        verdict.kind === "rate_limited" && verdict.afterMs ? verdict.afterMs : backoff;
      if (verdict.kind === "misconfigured") {
        logger.error(
          "Slack refused the bot's token or scopes; will retry until an operator fixes them",
          { ...failure, code: verdict.error, afterMs },
        );
      } else {
        logger.warn("Delivery to Slack failed; will retry", { ...failure, afterMs });
      }
      for (const twin of twins) {
        await retryOutboxItemLater(context(), twin.id, {
          dueAt: new Date(Date.now() + afterMs),
          error: verdict.error,
          waited: verdict.kind === "misconfigured" || verdict.kind === "rate_limited",
        });
      }
    }
  };

  const schedule = async () => {
    clearTimeout(timer);
    if (stopped) return;
    const next = await nextOutboxDue(context()).catch(() => null);
    const wait = next ? Math.max(0, next.getTime() - Date.now()) : policy.pollMs;
    timer = setTimeout(kick, Math.min(wait, policy.pollMs) + 5);
    timer.unref();
  };

  const run = () => {
    running = (async () => {
      do {
        again = false;
        await drain().catch((error: unknown) =>
          logger.error("The outbox could not be read", { error: String(error) }),
        );
      } while (again && !stopped);
      running = null;
      await schedule();
      if (!running) for (const wake of waiters.splice(0)) wake();
    })();
  };

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    run();
  }

  kick();
  return {
    kick,
    async idle(horizonMs = 10_000) {
      for (;;) {
        if (running) await new Promise<void>((resolve) => waiters.push(resolve));
        const next = await nextOutboxDue(context());
        if (!next || next.getTime() > Date.now() + horizonMs) return;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, next.getTime() - Date.now()) + 5),
        );
        if (!running) kick();
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (running) await running;
    },
  };
}

function sameEffect(a: Effect, b: Effect): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
