import { z } from "zod";
import { type BlockElement, elementsOf, type LocatedElement } from "./blocks.ts";
import type { SlackBlock } from "./types.ts";

const optionSchema = z.looseObject({
  text: z.looseObject({ type: z.enum(["plain_text", "mrkdwn"]), text: z.string() }),
  value: z.string(),
});

/** An option as Slack echoes it in state: the option object from the view, unchanged. */
export type SelectedOption = z.output<typeof optionSchema>;

/** One element's state in `view.state.values`, in Slack's shape. */
export interface ViewStateValue {
  type: string;
  value?: string | null;
  selected_option?: SelectedOption | null;
  selected_options?: SelectedOption[];
  selected_user?: string | null;
  selected_users?: string[];
  selected_conversation?: string | null;
  selected_conversations?: string[];
  selected_channel?: string | null;
  selected_channels?: string[];
  selected_date?: string | null;
  selected_time?: string | null;
  selected_date_time?: number | null;
  rich_text_value?: unknown;
  files?: unknown[];
}

export type ViewStateValues = Record<string, Record<string, ViewStateValue>>;

/**
 * What a test types into an element: text, an option value, a user/channel id, a date
 * ("2025-11-26"), a list for multi-selects and checkboxes, or a full ViewStateValue.
 */
export type SimpleViewValue = string | number | readonly string[] | null | ViewStateValue;

type Shape =
  | { kind: "text"; field: "value" | "selected_date" | "selected_time" }
  | { kind: "number"; field: "selected_date_time" }
  | { kind: "option"; field: "selected_option" }
  | { kind: "options"; field: "selected_options" }
  | { kind: "id"; field: "selected_user" | "selected_conversation" | "selected_channel" }
  | { kind: "ids"; field: "selected_users" | "selected_conversations" | "selected_channels" }
  | { kind: "rich_text"; field: "rich_text_value" }
  | { kind: "files"; field: "files" };

const SHAPES: Record<string, Shape & { initial: string }> = {
  plain_text_input: { kind: "text", field: "value", initial: "initial_value" },
  email_text_input: { kind: "text", field: "value", initial: "initial_value" },
  url_text_input: { kind: "text", field: "value", initial: "initial_value" },
  number_input: { kind: "text", field: "value", initial: "initial_value" },
  datepicker: { kind: "text", field: "selected_date", initial: "initial_date" },
  timepicker: { kind: "text", field: "selected_time", initial: "initial_time" },
  datetimepicker: { kind: "number", field: "selected_date_time", initial: "initial_date_time" },
  static_select: { kind: "option", field: "selected_option", initial: "initial_option" },
  external_select: { kind: "option", field: "selected_option", initial: "initial_option" },
  radio_buttons: { kind: "option", field: "selected_option", initial: "initial_option" },
  multi_static_select: { kind: "options", field: "selected_options", initial: "initial_options" },
  multi_external_select: { kind: "options", field: "selected_options", initial: "initial_options" },
  checkboxes: { kind: "options", field: "selected_options", initial: "initial_options" },
  users_select: { kind: "id", field: "selected_user", initial: "initial_user" },
  conversations_select: {
    kind: "id",
    field: "selected_conversation",
    initial: "initial_conversation",
  },
  channels_select: { kind: "id", field: "selected_channel", initial: "initial_channel" },
  multi_users_select: { kind: "ids", field: "selected_users", initial: "initial_users" },
  multi_conversations_select: {
    kind: "ids",
    field: "selected_conversations",
    initial: "initial_conversations",
  },
  multi_channels_select: { kind: "ids", field: "selected_channels", initial: "initial_channels" },
  rich_text_input: { kind: "rich_text", field: "rich_text_value", initial: "initial_value" },
  file_input: { kind: "files", field: "files", initial: "initial_files" },
};

/**
 * Builds `view.state.values` for a submission, as Slack would send it: every input block is
 * present (unset ones keep their initial value, or null/[]), and `values` fills in what the
 * user entered, keyed by block_id (or "block_id.action_id" for elements outside input blocks).
 * Throws on a key that matches no element, or an option value the element does not offer.
 */
export function buildViewStateValues(
  view: { blocks: readonly SlackBlock[] },
  values: Readonly<Record<string, SimpleViewValue>> = {},
): ViewStateValues {
  const stateful = elementsOf(view.blocks).filter(({ element }) => isStateful(element));
  const unused = new Set(Object.keys(values));
  const state: ViewStateValues = {};
  for (const located of stateful) {
    const actionId = located.element.action_id ?? "";
    const key = [located.blockId, `${located.blockId}.${actionId}`].find((k) => k in values);
    if (key === undefined && located.block.type !== "input") continue;
    if (key !== undefined) unused.delete(key);
    const entered = key === undefined ? undefined : values[key];
    const blockState = state[located.blockId] ?? {};
    blockState[actionId] =
      entered === undefined ? initialState(located) : enteredState(located, entered);
    state[located.blockId] = blockState;
  }
  if (unused.size > 0) {
    const known = stateful.map(({ blockId }) => blockId).join(", ");
    throw new Error(`no element for ${[...unused].join(", ")} in the view (it has: ${known})`);
  }
  return state;
}

function isStateful(element: BlockElement): boolean {
  return Object.hasOwn(SHAPES, element.type);
}

function initialState({ element }: LocatedElement): ViewStateValue {
  const shape = SHAPES[element.type];
  if (!shape) return { type: element.type };
  const initial = element[shape.initial];
  if (shape.kind === "options" || shape.kind === "ids" || shape.kind === "files") {
    return { type: element.type, [shape.field]: Array.isArray(initial) ? initial : [] };
  }
  return { type: element.type, [shape.field]: initial ?? null };
}

function enteredState(located: LocatedElement, entered: SimpleViewValue): ViewStateValue {
  const { element } = located;
  if (isExplicitState(entered)) return entered;
  const shape = SHAPES[element.type];
  if (!shape || entered === null) return { ...initialState(located), ...nullFor(shape) };
  const list = typeof entered === "object" ? [...entered] : [String(entered)];
  const single = list[0] ?? null;
  switch (shape.kind) {
    case "text":
    case "id":
      return { type: element.type, [shape.field]: single };
    case "number":
      return { type: element.type, [shape.field]: single === null ? null : Number(single) };
    case "option":
      return {
        type: element.type,
        [shape.field]: single === null ? null : option(located, single),
      };
    case "options":
      return { type: element.type, [shape.field]: list.map((value) => option(located, value)) };
    case "ids":
      return { type: element.type, [shape.field]: list };
    case "rich_text":
      return { type: element.type, [shape.field]: richText(single ?? "") };
    case "files":
      return { type: element.type, [shape.field]: [] };
  }
}

function nullFor(shape: Shape | undefined): Partial<ViewStateValue> {
  if (!shape) return {};
  const empty = shape.kind === "options" || shape.kind === "ids" || shape.kind === "files";
  return { [shape.field]: empty ? [] : null };
}

function isExplicitState(entered: SimpleViewValue): entered is ViewStateValue {
  return typeof entered === "object" && entered !== null && !Array.isArray(entered);
}

/** The option with this value, as defined in the element (external selects echo any value). */
function option({ element, blockId }: LocatedElement, value: string): SelectedOption {
  const groups = z
    .array(z.looseObject({ options: z.array(z.unknown()) }))
    .safeParse(element.option_groups);
  const raw = [
    ...(Array.isArray(element.options) ? element.options : []),
    ...(groups.success ? groups.data.flatMap((group) => group.options) : []),
  ];
  const options = raw.flatMap((candidate) => {
    const parsed = optionSchema.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
  const found = options.find((candidate) => candidate.value === value);
  if (found) return found;
  if (element.type.includes("external")) {
    return { text: { type: "plain_text", text: value }, value };
  }
  const offered = options.map((candidate) => candidate.value).join(", ");
  throw new Error(`"${value}" is not an option of ${blockId} (options: ${offered})`);
}

function richText(text: string) {
  return {
    type: "rich_text",
    elements: [{ type: "rich_text_section", elements: [{ type: "text", text }] }],
  };
}
