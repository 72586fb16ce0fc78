import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { z } from "zod";
import type { InFlight } from "../../in-flight.ts";

/**
 * Tracks each request from Slack until its listeners have finished, including the work they do
 * after acknowledging, so a graceful stop can wait for it.
 */
export function trackInFlight(inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    await inFlight.track(next(), describeRequest(body));
  };
}

/** What arrived, by name only (never the text a user typed): for the log of work cut short. */
const requestShape = z.object({
  command: z.string().optional(),
  type: z.string().optional(),
  actions: z.array(z.object({ action_id: z.string().optional() })).optional(),
  view: z.object({ callback_id: z.string().optional() }).optional(),
  event: z.object({ type: z.string().optional() }).optional(),
});

export function describeRequest(body: unknown): string {
  const parsed = requestShape.safeParse(body);
  if (!parsed.success) return "a request from Slack";
  const { command, type, actions, view, event } = parsed.data;
  if (command) return `slash command ${command}`;
  if (event?.type) return `event ${event.type}`;
  const action = actions?.[0]?.action_id;
  if (action) return `${type ?? "action"} ${action}`;
  if (view?.callback_id) return `${type ?? "view"} ${view.callback_id}`;
  return type ?? "a request from Slack";
}
