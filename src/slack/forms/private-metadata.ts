import type { z } from "zod";
import { SLACK_LIMITS } from "../views/limits.ts";

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
    throw new Error("private_metadata is not JSON");
  }
  return schema.parse(raw);
}
