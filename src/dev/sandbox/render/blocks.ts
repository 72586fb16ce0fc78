import type { Directory } from "./directory.ts";
import { imageLink, placeholder, renderElement } from "./elements.ts";
import { renderInputBlock } from "./inputs.ts";
import { asList, asObject, asString, type Json, textHtml, typeOf } from "./read.ts";

export interface BlockOptions {
  /** In a modal: input blocks become form fields, with the bot's errors keyed by block_id. */
  form?: { errors: Readonly<Record<string, string>> };
}

/** Block Kit blocks → HTML, one element per block; unknown types show a placeholder. */
export function renderBlocks(
  blocks: readonly unknown[],
  directory: Directory,
  options: BlockOptions = {},
): string {
  return blocks.map((block) => renderBlock(block, directory, options)).join("");
}

function renderBlock(value: unknown, directory: Directory, options: BlockOptions): string {
  const block = asObject(value);
  const type = typeOf(value);
  if (!block) return placeholder("block", type);
  const blockId = asString(block.block_id) ?? "";
  switch (type) {
    case "header":
      return `<h3 class="bk-header">${textHtml(block.text, directory)}</h3>`;
    case "section":
      return renderSection(block, blockId, directory);
    case "context":
      return `<div class="bk-context">${asList(block.elements)
        .map((element) => contextElement(element, directory))
        .join("")}</div>`;
    case "divider":
      return `<hr class="bk-divider">`;
    case "actions":
      return `<div class="bk-actions">${asList(block.elements)
        .map((element) => renderElement(element, blockId, directory))
        .join("")}</div>`;
    case "image":
      return `<div class="bk-image-block">${imageLink(block, textOrUndefined(block.title))}</div>`;
    case "input":
      return options.form
        ? renderInputBlock(block, blockId, directory, options.form.errors[blockId])
        : placeholder("block", "input outside a modal");
    default:
      return placeholder("block", type);
  }
}

function renderSection(block: Json, blockId: string, directory: Directory): string {
  const text = block.text ? `<div class="bk-text">${textHtml(block.text, directory)}</div>` : "";
  const fields = asList(block.fields);
  const grid = fields.length
    ? `<div class="bk-fields">${fields
        .map((field) => `<div class="bk-field">${textHtml(field, directory)}</div>`)
        .join("")}</div>`
    : "";
  const accessory =
    block.accessory === undefined
      ? ""
      : `<div class="bk-accessory">${renderElement(block.accessory, blockId, directory)}</div>`;
  return `<div class="bk-section"><div class="bk-section-body">${text}${grid}</div>${accessory}</div>`;
}

function contextElement(value: unknown, directory: Directory): string {
  const element = asObject(value);
  if (!element) return placeholder("element", typeOf(value));
  if (element.type === "image") return imageLink(element);
  if (element.type === "mrkdwn" || element.type === "plain_text") {
    return `<span class="bk-context-text">${textHtml(element, directory)}</span>`;
  }
  return placeholder("element", typeOf(value));
}

function textOrUndefined(value: unknown): string | undefined {
  return asString(asObject(value)?.text);
}
