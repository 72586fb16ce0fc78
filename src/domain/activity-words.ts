import { ACTIVITY_KINDS, type ActivityKind } from "./activity.ts";

/** How users and the bot name one kind of activity. */
export interface KindWords {
  /** For menus and headings: "Co-led session". */
  label: string;
  /** In a sentence: "a co-led session", "3 co-led sessions". */
  singular: string;
  plural: string;
  /** Shorter nouns where the context already says the rest, as in progress explanations ("3 weekends"). */
  short?: readonly [singular: string, plural: string];
  /** Words accepted in the one-line log command; the first is the one the bot suggests. */
  aliases: readonly [string, ...string[]];
  /** What one entry counts: "sessions", "weekends", "courses"… */
  countNoun: readonly [singular: string, plural: string];
}

/** The one table of words for the activity kinds. */
export const KIND_WORDS: Record<ActivityKind, KindWords> = {
  group_member: {
    label: "Group session as a member",
    singular: "group session as a member",
    plural: "group sessions as a member",
    short: ["group session", "group sessions"],
    aliases: ["group", "member", "session"],
    countNoun: ["session", "sessions"],
  },
  weekend_member: {
    label: "Balint Society weekend as a member",
    singular: "Balint Society weekend as a member",
    plural: "Balint Society weekends as a member",
    short: ["weekend", "weekends"],
    aliases: ["weekend"],
    countNoun: ["weekend", "weekends"],
  },
  coled: {
    label: "Co-led session",
    singular: "co-led session",
    plural: "co-led sessions",
    aliases: ["coled", "co-led", "colead", "co-lead"],
    countNoun: ["session", "sessions"],
  },
  led_supervised: {
    label: "Session led under supervision",
    singular: "session led under supervision",
    plural: "sessions led under supervision",
    aliases: ["led", "lead"],
    countNoun: ["session", "sessions"],
  },
  leadership_course: {
    label: "Weekend leadership course",
    singular: "weekend leadership course",
    plural: "weekend leadership courses",
    aliases: ["course", "leadershipcourse"],
    countNoun: ["course", "courses"],
  },
  training_day: {
    label: "Leaders' training day",
    singular: "leaders' training day",
    plural: "leaders' training days",
    aliases: ["trainingday", "training-day", "day"],
    countNoun: ["training day", "training days"],
  },
  supervision: {
    label: "Supervision session",
    singular: "supervision session",
    plural: "supervision sessions",
    aliases: ["supervision", "super", "sup"],
    countNoun: ["session", "sessions"],
  },
  peer_workshop: {
    label: "Leaders' peer supervision workshop",
    singular: "leaders' peer supervision workshop",
    plural: "leaders' peer supervision workshops",
    short: ["peer supervision workshop", "peer supervision workshops"],
    aliases: ["peer", "peerworkshop", "workshop"],
    countNoun: ["workshop", "workshops"],
  },
};

/** "Co-led session"; a kind this version does not know is shown as stored. */
export function kindLabel(kind: string): string {
  return Object.hasOwn(KIND_WORDS, kind) ? KIND_WORDS[kind as ActivityKind].label : kind;
}

/** "co-led session" or "co-led sessions", by amount. */
export function kindNoun(kind: ActivityKind, amount: number): string {
  const { singular, plural } = KIND_WORDS[kind];
  return amount === 1 ? singular : plural;
}

/** The shorter noun where there is one: "weekend" or "weekends", by amount. */
export function shortKindNoun(kind: ActivityKind, amount: number): string {
  const [singular, plural] = KIND_WORDS[kind].short ?? [
    KIND_WORDS[kind].singular,
    KIND_WORDS[kind].plural,
  ];
  return amount === 1 ? singular : plural;
}

/** What one entry of a kind counts: "sessions", "weekends", "courses"… */
export function countNoun(kind: ActivityKind, amount = 2): string {
  const [singular, plural] = KIND_WORDS[kind].countNoun;
  return amount === 1 ? singular : plural;
}

/** The word the bot suggests for a kind, e.g. "coled". */
export function kindWord(kind: ActivityKind): string {
  return KIND_WORDS[kind].aliases[0];
}

/** Every word accepted for a kind, all kinds together. */
export const ALL_KIND_ALIASES: readonly string[] = ACTIVITY_KINDS.flatMap(
  (kind) => KIND_WORDS[kind].aliases,
);

export function kindFromWord(word: string): ActivityKind | undefined {
  const w = word.toLowerCase();
  return ACTIVITY_KINDS.find((kind) => KIND_WORDS[kind].aliases.includes(w));
}
