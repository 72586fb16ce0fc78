/** The kinds of activity a trainee can log; their words are in activity-words.ts. */
export const ACTIVITY_KINDS = [
  "group_member",
  "weekend_member",
  "coled",
  "led_supervised",
  "leadership_course",
  "training_day",
  "supervision",
  "peer_workshop",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Kinds that name another person, and stay claimed until that person confirms. */
export const KINDS_NEEDING_CONFIRMATION: readonly ActivityKind[] = [
  "coled",
  "led_supervised",
  "supervision",
];

/** Kinds that are one event per entry: a weekend, a leadership course, a training day. */
export const ONE_EVENT_KINDS: readonly ActivityKind[] = [
  "weekend_member",
  "leadership_course",
  "training_day",
];

/** True when an entry of this kind records exactly one event (or, for supervision, one session). */
export function isOnePerEntry(kind: ActivityKind): boolean {
  return ONE_EVENT_KINDS.includes(kind) || kind === "supervision";
}

export const ENTRY_STATES = ["claimed", "confirmed", "queried", "withdrawn"] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export const SUPERVISION_MODES = ["face_to_face", "video", "telephone"] as const;
export type SupervisionMode = (typeof SUPERVISION_MODES)[number];

export const SUPERVISION_FORMATS = ["individual", "group"] as const;
export type SupervisionFormat = (typeof SUPERVISION_FORMATS)[number];

/** What says what one entry records, never its note; `kind` as stored. */
export interface EntryDetails {
  kind: string;
  /** "YYYY-MM-DD" */
  occurredOn: string;
  count: number;
  /** Weekends: small-group sessions attended; null means the ruleset's typical number. */
  groupSessions?: number | null;
  hours: number | null;
  mode: string | null;
  format: string | null;
}

/** Just the EntryDetails of a row that holds more (the note, the people…). */
export function entryDetails(entry: EntryDetails): EntryDetails {
  const { kind, occurredOn, count, hours, mode, format } = entry;
  return {
    kind,
    occurredOn,
    count,
    groupSessions: entry.groupSessions ?? null,
    hours,
    mode,
    format,
  };
}

export function isActivityKind(value: unknown): value is ActivityKind {
  return (ACTIVITY_KINDS as readonly unknown[]).includes(value);
}

export function needsConfirmation(kind: ActivityKind): boolean {
  return KINDS_NEEDING_CONFIRMATION.includes(kind);
}

/**
 * Whether the trainee may still take an entry back: while nobody has confirmed it (claimed or
 * queried), or when it counts on their own word alone (a kind needing no confirmation, that
 * nobody else decided). An entry a co-leader or supervisor confirmed stays.
 */
export function isWithdrawable(entry: {
  kind: string;
  state: string;
  decidedById: number | null;
}): boolean {
  if (entry.state === "claimed" || entry.state === "queried") return true;
  return (
    entry.state === "confirmed" &&
    entry.decidedById === null &&
    isActivityKind(entry.kind) &&
    !needsConfirmation(entry.kind)
  );
}
