import { z } from "zod";
import { parseViewInput } from "./view-input.ts";
import type { ViewStore } from "./views.ts";

const responseActionSchema = z.discriminatedUnion("response_action", [
  z.object({ response_action: z.literal("update"), view: z.unknown() }),
  z.object({ response_action: z.literal("push"), view: z.unknown() }),
  z.object({ response_action: z.literal("clear") }),
  z.object({ response_action: z.literal("errors"), errors: z.record(z.string(), z.string()) }),
]);

export type ViewSubmissionEffect =
  | { kind: "closed" | "cleared" }
  | { kind: "updated" | "pushed"; viewId: string }
  | { kind: "errors"; errors: Record<string, string> }
  /** The bot answered with something Slack would reject; the modal stays as it was. */
  | { kind: "rejected"; reason: string[] };

/**
 * What Slack does with the bot's answer to a view_submission: an empty answer closes the
 * submitted view, `update`/`push`/`clear` change the stack, `errors` leaves it open.
 */
export function applyViewSubmissionAnswer(
  views: ViewStore,
  userId: string,
  viewId: string,
  answer: unknown,
): ViewSubmissionEffect {
  if (answer === undefined || answer === null || answer === "") {
    views.close(userId, viewId);
    return { kind: "closed" };
  }
  const parsed = responseActionSchema.safeParse(answer);
  if (!parsed.success) return { kind: "rejected", reason: ["not a valid response_action"] };
  const action = parsed.data;
  if (action.response_action === "clear") {
    views.clear(userId);
    return { kind: "cleared" };
  }
  if (action.response_action === "errors") {
    const unknownBlocks = Object.keys(action.errors).filter(
      (blockId) => !inputBlockIds(views, viewId).includes(blockId),
    );
    if (unknownBlocks.length === 0) return { kind: "errors", errors: action.errors };
    return { kind: "rejected", reason: unknownBlocks.map((id) => `no input block "${id}"`) };
  }
  const view = parseViewInput(action.view);
  if (!view.ok) return { kind: "rejected", reason: view.messages };
  const result =
    action.response_action === "update"
      ? views.update({ viewId }, view.view)
      : views.push(userId, view.view);
  if (!result.ok) return { kind: "rejected", reason: [result.error] };
  return {
    kind: action.response_action === "update" ? "updated" : "pushed",
    viewId: result.view.id,
  };
}

/** Slack only shows errors next to input blocks of the submitted view. */
function inputBlockIds(views: ViewStore, viewId: string): string[] {
  const blocks = views.find(viewId)?.view.blocks ?? [];
  return blocks.flatMap((block) =>
    block.type === "input" && block.block_id !== undefined ? [block.block_id] : [],
  );
}
