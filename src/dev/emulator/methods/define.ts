import { z } from "zod";
import type { EmulatorState } from "../model/state.ts";
import { blockSchema, describeIssues } from "../model/view-input.ts";
import type { ApiArgs, ApiResponse, SlackBlock } from "../types.ts";

export type MethodHandler = (state: EmulatorState, args: ApiArgs) => ApiResponse;

/** A Web API method whose arguments are checked by a zod schema first (invalid_arguments). */
export function defineMethod<Schema extends z.ZodType>(
  schema: Schema,
  handle: (state: EmulatorState, args: z.output<Schema>) => ApiResponse,
): MethodHandler {
  return (state, args) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) return failure("invalid_arguments", describeIssues(parsed.error));
    return handle(state, parsed.data);
  };
}

export function failure(error: string, messages?: string[]): ApiResponse {
  return messages?.length
    ? { ok: false, error, response_metadata: { messages } }
    : { ok: false, error };
}

/** Form bodies carry booleans as strings. */
export const formBoolean = z.union([
  z.boolean(),
  z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1"),
]);

export const BLOCKS_PER_MESSAGE = 50;

/** Blocks as chat.* accept them: an array of at most 50 objects with a `type`. */
export function parseMessageBlocks(
  value: unknown,
): { ok: true; blocks: SlackBlock[] | undefined } | { ok: false; error: string } {
  if (value === undefined) return { ok: true, blocks: undefined };
  const parsed = z.array(blockSchema).max(BLOCKS_PER_MESSAGE).safeParse(value);
  return parsed.success
    ? { ok: true, blocks: parsed.data }
    : { ok: false, error: "invalid_blocks" };
}
