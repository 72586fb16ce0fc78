import type { Directory } from "./directory.ts";
import { escapeHtml, safeUrl } from "./escape.ts";
import { asObject, asString, type Json, rawText, textHtml, typeOf } from "./read.ts";

/** A visible stand-in for anything the sandbox cannot show, so nothing silently disappears. */
export function placeholder(what: string, type: string): string {
  return `<div class="bk-placeholder">Unsupported ${escapeHtml(what)}: <code>${escapeHtml(type)}</code></div>`;
}

/** An accessory or an actions element: buttons, images as links, anything else a placeholder. */
export function renderElement(value: unknown, blockId: string, directory: Directory): string {
  const element = asObject(value);
  const type = typeOf(value);
  if (!element) return placeholder("element", type);
  if (type === "button") return renderButton(element, blockId, directory);
  if (type === "image") return imageLink(element);
  return placeholder("element", type);
}

/** An image as a link to it, labelled by its alt text. */
export function imageLink(image: Json, title?: string): string {
  const url = safeUrl(asString(image.image_url) ?? "");
  const label = escapeHtml(title || asString(image.alt_text) || "image");
  if (!url) return `<span class="bk-image">Image: ${label}</span>`;
  return `<a class="bk-image" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">Image: ${label}</a>`;
}

function renderButton(button: Json, blockId: string, directory: Directory): string {
  const label = textHtml(button.text, directory);
  const style =
    button.style === "primary" || button.style === "danger" ? ` bk-${button.style}` : "";
  const url = safeUrl(asString(button.url) ?? "");
  if (url) {
    return `<a class="bk-button${style}" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${label}</a>`;
  }
  const confirm = asObject(button.confirm);
  const attributes = [
    `type="button"`,
    `class="bk-button${style}"`,
    `data-action-id="${escapeHtml(asString(button.action_id) ?? "")}"`,
    `data-block-id="${escapeHtml(blockId)}"`,
    ...(confirm ? ["data-has-confirm"] : []),
  ];
  const dialog = confirm ? confirmTemplate(confirm, directory) : "";
  return `<button ${attributes.join(" ")}>${label}</button>${dialog}`;
}

/** The confirm dialog Slack shows before sending the click; the page opens it from this template. */
function confirmTemplate(confirm: Json, directory: Directory): string {
  const ok = rawText(confirm.confirm) || "Yes";
  const deny = rawText(confirm.deny) || "Cancel";
  const style = confirm.style === "danger" ? "bk-danger" : "bk-primary";
  return [
    `<template class="bk-confirm">`,
    `<h2 class="confirm-title">${textHtml(confirm.title, directory) || "Are you sure?"}</h2>`,
    `<div class="confirm-text">${textHtml(confirm.text, directory)}</div>`,
    `<div class="confirm-buttons">`,
    `<button type="button" class="bk-button" data-confirm-deny>${escapeHtml(deny)}</button>`,
    `<button type="button" class="bk-button ${style}" data-confirm-ok>${escapeHtml(ok)}</button>`,
    `</div></template>`,
  ].join("");
}
