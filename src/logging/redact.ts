import { KNOWN_MESSAGES, KNOWN_PREFIXES, KNOWN_TEMPLATES } from "./known-messages.ts";

/**
 * The one place that decides what may reach a log line. Every argument of every log call (the
 * bot's own and the Slack SDKs') passes through here. It keeps an allowlisted shape only:
 * known messages, and fields that are numbers, booleans, dates or identifier-like strings under
 * known keys. Everything else becomes "[redacted]", so free text (notes, reports, reasons,
 * statements, enquiry answers, comments, view state, command text) cannot be written.
 */
export const REDACTED = "[redacted]";

/** Keys whose string values are kept when they look like identifiers, codes or timestamps. */
const IDENTIFIER_KEYS = new Set([
  "code",
  "reference",
  "job",
  "period",
  "method",
  "status",
  "fromStatus",
  "toStatus",
  "kind",
  "state",
  "signal",
  "name",
  "type",
  "due",
  "at",
  "userId",
  "teamId",
  "channel",
  "requestId",
  "retryReason",
]);
/** Keys whose string values are messages (error texts): kept only when the message is known. */
const MESSAGE_KEYS = new Set(["error", "message"]);
const IDENTIFIER = /^[\w.:/+-]{1,80}$/;
const STACK_FRAME = /^\s+at [^\s]+( \[as [\w$]+\])? \([^()\s]*\)$|^\s+at [^\s()]+$/;
const MAX_DEPTH = 5;

/** The message kept for a line: known ones word for word, known prefixes cut, anything else redacted. */
export function safeMessage(text: string): string {
  if (KNOWN_MESSAGES.has(text)) return text;
  if (KNOWN_TEMPLATES.some((pattern) => pattern.test(text))) return text;
  const prefix = KNOWN_PREFIXES.find((start) => text.startsWith(start));
  if (prefix !== undefined) return `${prefix}${REDACTED}`;
  // "Error: An API error occurred: not_in_channel" and the like: judge the text after the name.
  const named = /^((?:[A-Z]\w*)?Error): (.*)$/s.exec(text);
  if (named?.[1] && named[2] !== undefined) {
    const rest = safeMessage(named[2]);
    return rest === REDACTED ? `${named[1]}: ${REDACTED}` : `${named[1]}: ${rest}`;
  }
  return REDACTED;
}

/** A value reduced to its allowlisted shape. `key` is the field name it was found under. */
export function safeValue(value: unknown, key?: string, depth = 0): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "string") return safeString(value, key);
  if (depth >= MAX_DEPTH || typeof value !== "object") return REDACTED;
  if (value instanceof Error) return safeError(value, depth);
  if (Array.isArray(value)) return value.map((item) => safeValue(item, key, depth + 1));
  const kept: Record<string, unknown> = {};
  for (const [field, inner] of Object.entries(value)) {
    kept[field] = safeValue(inner, field, depth + 1);
  }
  return kept;
}

function safeString(value: string, key: string | undefined): string {
  if (key === undefined) return REDACTED;
  if (key === "stack") return safeStack(value);
  if (MESSAGE_KEYS.has(key)) return safeMessage(value);
  if (IDENTIFIER_KEYS.has(key) && IDENTIFIER.test(value)) return value;
  return REDACTED;
}

/** The frames of a stack trace (file and line), without its first line, which holds the message. */
function safeStack(stack: string): string {
  return stack
    .split("\n")
    .filter((line) => STACK_FRAME.test(line))
    .map((line) => line.trim())
    .join("\n");
}

function safeError(error: Error, depth: number): Record<string, unknown> {
  const described: Record<string, unknown> = {
    error: IDENTIFIER.test(error.name) ? error.name : "Error",
    message: safeMessage(error.message),
  };
  const { code, data, statusCode } = error as Error & {
    code?: unknown;
    data?: { error?: unknown };
    statusCode?: unknown;
  };
  if (code !== undefined) described.code = safeValue(code, "code", depth + 1);
  if (typeof statusCode === "number") described.statusCode = statusCode;
  if (typeof data?.error === "string") described.slackError = safeValue(data.error, "code");
  if (error.stack) described.stack = safeStack(error.stack);
  return described;
}

/** A log call's arguments as a message and data, both reduced to their allowlisted shape. */
export function safeLine(parts: readonly unknown[]): { msg?: string; data?: unknown } {
  const [first, ...rest] = parts;
  const msg = typeof first === "string" ? safeMessage(first) : undefined;
  const fields = (typeof first === "string" ? rest : parts).map((part) => safeValue(part, "data"));
  if (fields.length === 0) return msg === undefined ? {} : { msg };
  return { ...(msg === undefined ? {} : { msg }), data: fields.length === 1 ? fields[0] : fields };
}
