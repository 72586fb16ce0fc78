import type { Directory } from "./directory.ts";
import { mrkdwnToHtml, plainToHtml } from "./mrkdwn.ts";

/** Loose readers for Block Kit JSON, which arrives as unknown. */
export type Json = Readonly<Record<string, unknown>>;

export function asObject(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function typeOf(value: unknown): string {
  return asString(asObject(value)?.type) ?? "unknown";
}

/** A text object's raw text ("" when absent). */
export function rawText(value: unknown): string {
  return asString(asObject(value)?.text) ?? "";
}

/** A text object (plain_text or mrkdwn) as HTML; "" when absent. */
export function textHtml(value: unknown, directory: Directory): string {
  const text = asObject(value);
  const raw = asString(text?.text);
  if (!text || raw === undefined) return "";
  return text.type === "mrkdwn"
    ? mrkdwnToHtml(raw, directory)
    : plainToHtml(raw, text.emoji !== false);
}
