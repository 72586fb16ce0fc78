import type { InputBlock, ModalView, PlainTextOption } from "@slack/types";
import { plain } from "./blocks.ts";
import { SLACK_LIMITS } from "./limits.ts";

/**
 * Input blocks for modals. Each block holds one element and its block_id names the field, so
 * parseModal can read the answers with a schema keyed by the same names.
 */
const LABEL_MAX = 2000;
const HINT_MAX = 2000;
const PLACEHOLDER_MAX = 150;

interface InputCommon {
  blockId: string;
  label: string;
  hint?: string;
  optional?: boolean;
}

function inputBlock(common: InputCommon, element: InputBlock["element"]): InputBlock {
  return {
    type: "input",
    block_id: common.blockId,
    label: plain(common.label, LABEL_MAX),
    ...(common.hint ? { hint: plain(common.hint, HINT_MAX) } : {}),
    optional: common.optional ?? false,
    element,
  };
}

export function textInput(
  common: InputCommon & {
    minLength?: number;
    maxLength: number;
    multiline?: boolean;
    placeholder?: string;
    initialValue?: string | null;
  },
): InputBlock {
  return inputBlock(common, {
    type: "plain_text_input",
    action_id: common.blockId,
    multiline: common.multiline ?? false,
    max_length: Math.min(common.maxLength, SLACK_LIMITS.plainTextInputMax),
    ...(common.minLength ? { min_length: common.minLength } : {}),
    ...(common.placeholder ? { placeholder: plain(common.placeholder, PLACEHOLDER_MAX) } : {}),
    ...(common.initialValue ? { initial_value: common.initialValue } : {}),
  });
}

export function wholeNumberInput(
  common: InputCommon & { min: number; max: number; placeholder?: string },
): InputBlock {
  return inputBlock(common, {
    type: "number_input",
    action_id: common.blockId,
    is_decimal_allowed: false,
    min_value: String(common.min),
    max_value: String(common.max),
    ...(common.placeholder ? { placeholder: plain(common.placeholder, PLACEHOLDER_MAX) } : {}),
  });
}

export interface Choice {
  value: string;
  text: string;
}

export function radioInput(
  common: InputCommon & { choices: readonly Choice[]; initialValue?: string | null },
): InputBlock {
  const options: PlainTextOption[] = common.choices.map((choice) => ({
    text: plain(choice.text, SLACK_LIMITS.optionText),
    value: choice.value,
  }));
  const initial = options.find((option) => option.value === common.initialValue);
  return inputBlock(common, {
    type: "radio_buttons",
    action_id: common.blockId,
    options,
    ...(initial ? { initial_option: initial } : {}),
  });
}

export function dateInput(
  common: InputCommon & { initialDate?: string | null; placeholder?: string },
): InputBlock {
  return inputBlock(common, {
    type: "datepicker",
    action_id: common.blockId,
    ...(common.initialDate ? { initial_date: common.initialDate } : {}),
    ...(common.placeholder ? { placeholder: plain(common.placeholder, PLACEHOLDER_MAX) } : {}),
  });
}

/** "yes" / "no" radio answers, read back as booleans by `yesNoAnswer`. */
export const YES_NO: readonly Choice[] = [
  { value: "yes", text: "Yes" },
  { value: "no", text: "No" },
];

export function yesNoValue(answer: boolean | null | undefined): string | null {
  return answer === true ? "yes" : answer === false ? "no" : null;
}

/** A modal with a title, submit and close buttons, each within Slack's limits. */
export function modal(options: {
  callbackId: string;
  title: string;
  submit?: string;
  close?: string;
  blocks: ModalView["blocks"];
  privateMetadata?: string;
}): ModalView {
  return {
    type: "modal",
    callback_id: options.callbackId,
    title: plain(options.title, SLACK_LIMITS.modalTitle),
    ...(options.submit ? { submit: plain(options.submit, SLACK_LIMITS.modalSubmitText) } : {}),
    close: plain(options.close ?? "Cancel", SLACK_LIMITS.modalSubmitText),
    blocks: options.blocks.slice(0, SLACK_LIMITS.blocksPerView),
    ...(options.privateMetadata ? { private_metadata: options.privateMetadata } : {}),
  };
}
