import { renderBlocks } from "./blocks.ts";
import type { Directory } from "./directory.ts";
import { escapeHtml } from "./escape.ts";
import { rawText, textHtml } from "./read.ts";

export interface ModalView {
  id: string;
  title?: unknown;
  submit?: unknown;
  close?: unknown;
  blocks: readonly unknown[];
}

/**
 * A modal as a form: title, blocks with input fields, Cancel/Back and Submit. The form is not
 * validated by the browser, so that the bot's own checks (and its in-modal errors) are seen.
 */
export function renderModal(
  view: ModalView,
  directory: Directory,
  options: { errors?: Readonly<Record<string, string>>; stacked?: boolean } = {},
): string {
  const closeLabel = rawText(view.close) || (options.stacked ? "Back" : "Cancel");
  const submit = view.submit
    ? `<button type="submit" class="bk-button bk-primary" data-modal-submit>${textHtml(view.submit, directory)}</button>`
    : "";
  return [
    `<form class="modal" data-view-id="${escapeHtml(view.id)}" novalidate>`,
    `<header class="modal-header"><h2>${textHtml(view.title, directory)}</h2>`,
    `<button type="button" class="modal-x" data-modal-close aria-label="Close">×</button></header>`,
    `<div class="modal-body">${renderBlocks(view.blocks, directory, { form: { errors: options.errors ?? {} } })}</div>`,
    `<footer class="modal-footer"><button type="button" class="bk-button" data-modal-close>${escapeHtml(closeLabel)}</button>${submit}</footer>`,
    `</form>`,
  ].join("");
}
