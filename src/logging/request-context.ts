import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The id of the Slack request being handled here, if any (also inside its follow-up work). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Runs `work` as one request: every log line written by it, or by what it starts, carries the id. */
export function runAsRequest<T>(work: () => T, requestId = newRequestId()): T {
  return storage.run({ requestId }, work);
}

/** Twelve random hex digits; `randomUUID` draws on a buffered pool, `randomBytes` asks the OS each time. */
function newRequestId(): string {
  return randomUUID().slice(-12);
}

/**
 * Bolt's first global middleware: the listener and everything it starts (Web API calls, DMs,
 * Home refreshes after the acknowledgement, timers) run inside one request context.
 */
export function tagRequest(): Middleware<AnyMiddlewareArgs> {
  return async ({ body, logger, next }) =>
    runAsRequest(() => {
      logger.debug("Handling a Slack request", { type: requestType(body) });
      return next();
    });
}

function requestType(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as { type?: unknown; command?: unknown };
  if (typeof record.type === "string") return record.type;
  return typeof record.command === "string" ? "slash_command" : undefined;
}
