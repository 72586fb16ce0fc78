import { expect } from "vitest";
import { SLACK_LIMITS } from "../../../src/slack/views/limits.ts";

/** Every text of the blocks within Slack's limits, and no more blocks than `maxBlocks`. */
export function expectWithinLimits(blocks: readonly unknown[], maxBlocks: number): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  const json = JSON.parse(JSON.stringify(blocks)) as unknown;
  visit(json, (node) => {
    if (node.type === "header")
      expect(textOf(node.text).length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    if (node.type === "section" && node.text) {
      expect(textOf(node.text).length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    if (node.type === "button") {
      expect(textOf(node.text).length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
      expect(String(node.value ?? "").length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    }
  });
}

/** All the text a user would read in the blocks, joined. */
export function readable(blocks: readonly unknown[]): string {
  const texts: string[] = [];
  visit(JSON.parse(JSON.stringify(blocks)) as unknown, (node) => {
    if (typeof node.text === "string") texts.push(node.text);
  });
  return texts.join("\n");
}

type Node = Record<string, unknown> & { type?: unknown; text?: unknown; value?: unknown };

function textOf(text: unknown): string {
  return typeof text === "object" && text !== null && "text" in text ? String(text.text) : "";
}

function visit(value: unknown, each: (node: Node) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, each);
  } else if (typeof value === "object" && value !== null) {
    each(value as Node);
    for (const child of Object.values(value)) visit(child, each);
  }
}
