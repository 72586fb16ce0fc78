import { createHash } from "node:crypto";
import { z } from "zod";
import type { SlackBlock } from "./types.ts";

const elementSchema = z.looseObject({ type: z.string(), action_id: z.string().optional() });

export type BlockElement = z.output<typeof elementSchema>;

export interface LocatedElement {
  blockId: string;
  block: SlackBlock;
  element: BlockElement;
}

/** Interactive elements of a block: an input's element, a section's accessory, actions' elements. */
function rawElementsOf(block: SlackBlock): unknown[] {
  if (block.type === "input") return [block.element];
  if (block.type === "section") return block.accessory === undefined ? [] : [block.accessory];
  if (block.type === "actions") return Array.isArray(block.elements) ? block.elements : [];
  return [];
}

function parseElement(value: unknown): BlockElement | undefined {
  const parsed = elementSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function elementsOf(blocks: readonly SlackBlock[]): LocatedElement[] {
  return blocks.flatMap((block) =>
    rawElementsOf(block).flatMap((raw) => {
      const element = parseElement(raw);
      return element ? [{ blockId: block.block_id ?? "", block, element }] : [];
    }),
  );
}

/** The element a user would click: by action_id, and by block_id when given. */
export function findElement(
  blocks: readonly SlackBlock[],
  actionId: string,
  blockId?: string,
): LocatedElement | undefined {
  return elementsOf(blocks).find(
    (located) =>
      located.element.action_id === actionId &&
      (blockId === undefined || located.blockId === blockId),
  );
}

/** Slack fills in missing block_id and action_id values when it stores blocks; so does the emulator. */
export function withGeneratedIds(blocks: SlackBlock[]): SlackBlock[] {
  return blocks.map((block) => {
    const filled: SlackBlock = { ...block, block_id: block.block_id ?? shortHash(block) };
    if (block.type === "input" && needsActionId(block.element)) {
      filled.element = { ...block.element, action_id: shortHash(block.element) };
    }
    if (block.type === "section" && needsActionId(block.accessory)) {
      filled.accessory = { ...block.accessory, action_id: shortHash(block.accessory) };
    }
    if (block.type === "actions" && Array.isArray(block.elements)) {
      filled.elements = block.elements.map((element: unknown) =>
        needsActionId(element) ? { ...element, action_id: shortHash(element) } : element,
      );
    }
    return filled;
  });
}

function needsActionId(value: unknown): value is Record<string, unknown> {
  const element = parseElement(value);
  return element !== undefined && element.type !== "image" && element.action_id === undefined;
}

function shortHash(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("base64url").slice(0, 5);
}
