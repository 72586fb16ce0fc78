import { ACTIVITY_KIND_LABELS, type ActivityKind } from "../../../domain/activity.ts";

/** The kind in a sentence: "a co-led session", "a Balint Society weekend as a member". */
export function aKind(kind: ActivityKind): string {
  const label = ACTIVITY_KIND_LABELS[kind];
  const inSentence = label.startsWith("Balint")
    ? label
    : label.charAt(0).toLowerCase() + label.slice(1);
  return `a ${inSentence}`;
}

/** What one entry of a kind counts: "sessions", "weekends", "courses"… */
export function countNoun(kind: ActivityKind, amount = 2): string {
  const [singular, plural] = COUNT_NOUNS[kind];
  return amount === 1 ? singular : plural;
}

const COUNT_NOUNS: Record<ActivityKind, readonly [string, string]> = {
  group_member: ["session", "sessions"],
  weekend_member: ["weekend", "weekends"],
  coled: ["session", "sessions"],
  led_supervised: ["session", "sessions"],
  leadership_course: ["course", "courses"],
  training_day: ["training day", "training days"],
  supervision: ["session", "sessions"],
  peer_workshop: ["workshop", "workshops"],
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
