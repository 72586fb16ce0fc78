import { z } from "zod";
import type { SlackBlock } from "../types.ts";

/** Limits Slack enforces on views (https://docs.slack.dev/reference/views). */
export const VIEW_LIMITS = {
  titleLength: 24,
  buttonLength: 24,
  blocks: 100,
  privateMetadata: 3000,
  callbackId: 255,
  externalId: 255,
  blockId: 255,
  stackDepth: 3,
} as const;

const plainText = (max: number) =>
  z.object({
    type: z.literal("plain_text"),
    text: z.string().min(1).max(max),
    emoji: z.boolean().optional(),
  });

export const blockSchema = z.looseObject({
  type: z.string().min(1),
  block_id: z.string().min(1).max(VIEW_LIMITS.blockId).optional(),
});

const viewInputSchema = z
  .looseObject({
    type: z.enum(["modal", "home"]),
    title: plainText(VIEW_LIMITS.titleLength).optional(),
    close: plainText(VIEW_LIMITS.buttonLength).optional(),
    submit: plainText(VIEW_LIMITS.buttonLength).optional(),
    blocks: z.array(blockSchema).max(VIEW_LIMITS.blocks),
    private_metadata: z.string().max(VIEW_LIMITS.privateMetadata).optional(),
    callback_id: z.string().max(VIEW_LIMITS.callbackId).optional(),
    external_id: z.string().max(VIEW_LIMITS.externalId).optional(),
    clear_on_close: z.boolean().optional(),
    notify_on_close: z.boolean().optional(),
  })
  .superRefine((view, context) => {
    if (view.type === "modal" && !view.title) {
      context.addIssue({ code: "custom", path: ["title"], message: "a modal needs a title" });
    }
    const hasInput = view.blocks.some((block) => block.type === "input");
    if (view.type === "modal" && hasInput && !view.submit) {
      context.addIssue({
        code: "custom",
        path: ["submit"],
        message: "must provide a submit property when an input block is present",
      });
    }
    const seen = new Set<string>();
    for (const [index, block] of view.blocks.entries()) {
      if (block.block_id === undefined) continue;
      if (seen.has(block.block_id)) {
        context.addIssue({
          code: "custom",
          path: ["blocks", index, "block_id"],
          message: `duplicate block_id "${block.block_id}"`,
        });
      }
      seen.add(block.block_id);
    }
  });

export type ViewInput = z.output<typeof viewInputSchema> & { blocks: SlackBlock[] };

export type ViewInputResult = { ok: true; view: ViewInput } | { ok: false; messages: string[] };

/** Validates a view the way views.* do; messages mimic Slack's `[ERROR] … [json-pointer:…]`. */
export function parseViewInput(value: unknown): ViewInputResult {
  const parsed = viewInputSchema.safeParse(value);
  if (parsed.success) return { ok: true, view: parsed.data };
  return { ok: false, messages: describeIssues(parsed.error, "/view") };
}

export function describeIssues(error: z.ZodError, pointerPrefix = ""): string[] {
  return error.issues.map(
    (issue) => `[ERROR] ${issue.message} [json-pointer:${pointerPrefix}/${issue.path.join("/")}]`,
  );
}
