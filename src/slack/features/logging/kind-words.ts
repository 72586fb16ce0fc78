import type { ActivityKind } from "../../../domain/activity.ts";
import { KIND_WORDS } from "../../../domain/activity-words.ts";

/** The kind in a sentence: "a co-led session", "a Balint Society weekend as a member". */
export function aKind(kind: ActivityKind): string {
  return `a ${KIND_WORDS[kind].singular}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
