import { type ZodType, z } from "zod";
import { formOutOfDate } from "./private-metadata.ts";

/** One input's state as Slack sends it in view.state.values[block_id][action_id]. */
const inputState = z.object({
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).nullish(),
  selected_user: z.string().nullish(),
  selected_users: z.array(z.string()).nullish(),
  selected_date: z.string().nullish(),
});
const viewState = z.record(z.string(), z.record(z.string(), inputState));

export type ViewStateValues = z.input<typeof viewState>;

/** A submitted view's values; a view sent without its state is refused as an out-of-date form. */
export function stateValues(view: { state?: { values: ViewStateValues } }): ViewStateValues {
  if (!view.state) throw formOutOfDate("view without a state");
  return view.state.values;
}

/**
 * Flattens Slack's view state to { block_id: value }: text and selects give a string (or
 * undefined when empty), multi-selects and checkboxes give string arrays.
 * Each input block holds one element, so the block id names the field. A state of another shape
 * (the client sends it) is refused as an out-of-date form.
 */
export function flattenViewState(
  values: ViewStateValues,
): Record<string, string | string[] | undefined> {
  const parsed = viewState.safeParse(values);
  if (!parsed.success) throw formOutOfDate("view state of the wrong shape");
  const flat: Record<string, string | string[] | undefined> = {};
  for (const [blockId, actions] of Object.entries(parsed.data)) {
    for (const state of Object.values(actions)) {
      flat[blockId] = readInput(state);
    }
  }
  return flat;
}

function readInput(state: z.output<typeof inputState>): string | string[] | undefined {
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
