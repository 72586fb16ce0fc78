import { z } from "zod";
import type { EmulatorState } from "../model/state.ts";
import { parseViewInput, type ViewInput } from "../model/view-input.ts";
import type { ViewResult } from "../model/views.ts";
import type { ApiResponse } from "../types.ts";
import { defineMethod, failure } from "./define.ts";

const viewArg = z.unknown();

function readView(
  value: unknown,
): { ok: true; view: ViewInput } | { ok: false; response: ApiResponse } {
  if (value === undefined)
    return { ok: false, response: failure("invalid_arguments", ["missing view"]) };
  const parsed = parseViewInput(value);
  return parsed.ok
    ? parsed
    : { ok: false, response: failure("invalid_arguments", parsed.messages) };
}

function answer(result: ViewResult): ApiResponse {
  return result.ok ? { ok: true, view: result.view } : failure(result.error);
}

/** views.open and views.push use up a trigger_id; the user it was issued for sees the modal. */
function withTrigger(
  state: EmulatorState,
  args: {
    trigger_id?: string | undefined;
    interactivity_pointer?: string | undefined;
    view?: unknown;
  },
  show: (userId: string, view: ViewInput) => ViewResult,
): ApiResponse {
  const triggerId = args.trigger_id ?? args.interactivity_pointer;
  if (!triggerId) return failure("invalid_arguments", ["missing trigger_id"]);
  const view = readView(args.view);
  if (!view.ok) return view.response;
  const trigger = state.triggers.exchange(triggerId);
  if (!trigger.ok) return failure(trigger.error);
  return answer(show(trigger.userId, view.view));
}

const triggerArgs = z.object({
  trigger_id: z.string().optional(),
  interactivity_pointer: z.string().optional(),
  view: viewArg,
});

export const viewsOpen = defineMethod(triggerArgs, (state, args) =>
  withTrigger(state, args, (userId, view) => state.views.open(userId, view)),
);

export const viewsPush = defineMethod(triggerArgs, (state, args) =>
  withTrigger(state, args, (userId, view) => state.views.push(userId, view)),
);

export const viewsUpdate = defineMethod(
  z.object({
    view_id: z.string().optional(),
    external_id: z.string().optional(),
    hash: z.string().optional(),
    view: viewArg,
  }),
  (state, args) => {
    if (!args.view_id && !args.external_id) {
      return failure("invalid_arguments", ["view_id or external_id is required"]);
    }
    const view = readView(args.view);
    if (!view.ok) return view.response;
    const target = {
      ...(args.view_id === undefined ? {} : { viewId: args.view_id }),
      ...(args.external_id === undefined ? {} : { externalId: args.external_id }),
    };
    return answer(state.views.update(target, view.view, args.hash));
  },
);

export const viewsPublish = defineMethod(
  z.object({ user_id: z.string().optional(), hash: z.string().optional(), view: viewArg }),
  (state, args) => {
    const user = args.user_id ? state.workspace.user(args.user_id) : undefined;
    if (!user || user.isBot) return failure("user_not_found");
    const view = readView(args.view);
    if (!view.ok) return view.response;
    return answer(state.views.publish(user.id, view.view, args.hash));
  },
);
