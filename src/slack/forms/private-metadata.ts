import type { z } from "zod";
import { AppError } from "../../domain/app-error.ts";
import { SLACK_LIMITS } from "../views/limits.ts";

/**
 * A submitted modal whose metadata or state is not what the bot drew: the client sent it, so it
 * is refused like a forged button value, never treated as the bot's own failure.
 */
export function formOutOfDate(reason: string): AppError {
  return new AppError(
    "INVALID_INPUT",
    "This form is out of date. Open it again to get a fresh one.",
    {
      reason,
    },
  );
}

/**
 * The one codec for a modal's private_metadata: JSON, checked by a zod schema on the way in and
 * out, and within Slack's 3,000-character limit.
 */
export function encodeMetadata<T>(schema: z.ZodType<T>, value: T): string {
  const text = JSON.stringify(schema.parse(value));
  if (text.length > SLACK_LIMITS.privateMetadata) {
    throw new Error(
      `private_metadata is ${text.length} characters; Slack allows ${SLACK_LIMITS.privateMetadata}`,
    );
  }
  return text;
}

export function decodeMetadata<T>(schema: z.ZodType<T>, text: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text || "{}");
  } catch {
    throw formOutOfDate("private_metadata is not JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw formOutOfDate("private_metadata of the wrong shape");
  return parsed.data;
}
