import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

/**
 * When a listener fails before acknowledging, acknowledge for it, so Slack does not show its own
 * timeout error; the global error handler then tells the user what happened. Acknowledging twice
 * throws in Bolt's receiver, which is the harmless case here, so that error is dropped.
 */
export function acknowledgeOnError(): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    try {
      await args.next();
    } catch (error) {
      if ("ack" in args && typeof args.ack === "function") {
        await (args.ack as () => Promise<void>)().catch(() => undefined);
      }
      throw error;
    }
  };
}
