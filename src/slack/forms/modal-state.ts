import type { ZodType } from "zod";

/** One input's state as Slack sends it in view.state.values[block_id][action_id]. */
interface InputState {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_user?: string | null;
  selected_users?: string[];
  selected_date?: string | null;
}

export type ViewStateValues = Record<string, Record<string, InputState>>;

/**
 * Flattens Slack's view state to { block_id: value }: text and selects give a string (or
 * undefined when empty), multi-selects and checkboxes give string arrays.
 * Each input block holds one element, so the block id names the field.
 */
export function flattenViewState(
  values: ViewStateValues,
): Record<string, string | string[] | undefined> {
  const flat: Record<string, string | string[] | undefined> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    for (const state of Object.values(actions)) {
      flat[blockId] = readInput(state);
    }
  }
  return flat;
}

function readInput(state: InputState): string | string[] | undefined {
  if (state.selected_options) return state.selected_options.map((o) => o.value);
  if (state.selected_users) return state.selected_users;
  const single =
    state.value ??
    state.selected_option?.value ??
    state.selected_user ??
    state.selected_date ??
    undefined;
  return single === null || single === "" ? undefined : single;
}

export type ModalResult<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

/**
 * Validates a submitted modal with a zod schema whose keys are the block ids, so each problem
 * comes back beside its field (`response_action: "errors"`).
 */
export function parseModal<T>(schema: ZodType<T>, values: ViewStateValues): ModalResult<T> {
  const result = schema.safeParse(flattenViewState(values));
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const blockId = String(issue.path[0] ?? "");
    if (blockId && !errors[blockId]) errors[blockId] = issue.message;
  }
  return { ok: false, errors };
}
