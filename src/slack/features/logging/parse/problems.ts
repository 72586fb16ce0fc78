import type { ActivityKind } from "../../../../domain/activity.ts";
import { isOnePerEntry, needsConfirmation } from "../../../../domain/activity.ts";
import { countNoun } from "../../../../domain/activity-words.ts";
import { ENTRY_LIMITS } from "../../../../domain/entry-limits.ts";
import type { Mention } from "../../../mentions.ts";
import { aKind, capitalise } from "../kind-words.ts";
import { type Fix, showWord } from "./tokens.ts";
import type { Reading } from "./words.ts";

/** Something wrong in a logged line, and how the corrected line would read. */
export interface Problem {
  message: string;
  fix: Fix;
  /** True when the fix holds a placeholder such as "@your-co-leader" rather than a real value. */
  placeholder?: boolean;
}

const { min: COUNT_MIN, max: COUNT_MAX } = ENTRY_LIMITS.count;
const { min: GROUP_SESSIONS_MIN, max: GROUP_SESSIONS_MAX } = ENTRY_LIMITS.groupSessions;
const CASE_DISCUSSIONS_MAX = ENTRY_LIMITS.caseDiscussions.max;
const PROVIDER_MAX = ENTRY_LIMITS.providerLength;
const { min: HOURS_MIN, max: HOURS_MAX, step: HOURS_STEP } = ENTRY_LIMITS.hours;

type ReadingOf<F extends Reading["field"]> = Extract<Reading, { field: F }>;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const typedWords = (words: readonly string[], r: Reading) =>
  words
    .slice(r.at, r.at + r.span)
    .map(showWord)
    .join(" ");
const replace = (r: Reading, ...replacement: string[]): Fix => ({
  at: r.at,
  span: r.span,
  replacement,
});
const remove = (r: Reading): Fix => ({
  at: r.start,
  span: r.at + r.span - r.start,
  replacement: [],
});

/** A number of sessions (weekends, courses…) within the limits, or why not. */
export function checkCount(
  words: readonly string[],
  r: ReadingOf<"count">,
  kind: ActivityKind | undefined,
): number | Problem {
  const typed = typedWords(words, r);
  const noun = kind ? countNoun(kind) : "sessions";
  const { amount, guess } = r;
  if (amount === undefined) {
    const figure = String(clamp(guess ?? COUNT_MIN, COUNT_MIN, COUNT_MAX));
    return {
      message: `\`${typed}\` is not a number of ${noun}: write it in figures, e.g. \`${figure}\`.`,
      fix: replace(r, figure),
    };
  }
  if (!Number.isInteger(amount)) {
    if (kind === "supervision") {
      return {
        message: `For supervision, give the length in hours with an h, e.g. \`${typed}h\`.`,
        fix: replace(r, `${typed}h`),
      };
    }
    const whole = String(clamp(Math.floor(amount), COUNT_MIN, COUNT_MAX));
    return {
      message: `The number of ${noun} must be a whole number, not \`${typed}\`.`,
      fix: replace(r, whole),
    };
  }
  if (amount === 0) {
    return {
      message: `You can't log 0 ${noun}: log ${COUNT_MIN} to ${COUNT_MAX}.`,
      fix: replace(r, String(COUNT_MIN)),
    };
  }
  if (amount < 0) {
    return {
      message: `The number of ${noun} can't be negative (\`${typed}\`).`,
      fix: replace(r, String(clamp(-amount, COUNT_MIN, COUNT_MAX))),
    };
  }
  if (amount > COUNT_MAX) {
    return {
      message: `\`${typed}\` is more than ${COUNT_MAX} ${noun}: one entry holds at most ${COUNT_MAX}, so log the rest as another entry.`,
      fix: replace(r, String(COUNT_MAX)),
    };
  }
  return amount;
}

/**
 * A weekend, course or training day is one event per entry, and supervision one session with
 * its total hours: any other count is refused, and the corrected line leaves it out.
 */
export function checkOnePerEntry(
  words: readonly string[],
  r: ReadingOf<"count">,
  kind: ActivityKind,
  count: number,
): Problem | undefined {
  if (count === 1 || !isOnePerEntry(kind)) return undefined;
  const typed = typedWords(words, r);
  if (kind === "supervision") {
    return {
      message: `Log one supervision session per entry, with its total hours: leave out \`${typed}\`.`,
      fix: remove(r),
    };
  }
  const extra =
    kind === "weekend_member"
      ? " To say how many small-group sessions you attended there, add e.g. `4 sessions`."
      : "";
  return {
    message: `${capitalise(aKind(kind))} is one event per entry, so I can't log \`${typed}\` at once: log each one on its own line, with its own date.${extra}`,
    fix: remove(r),
  };
}

/** Small-group sessions at one weekend: a whole number within the limits. */
export function checkGroupSessions(
  words: readonly string[],
  r: ReadingOf<"groupSessions">,
): number | Problem {
  const typed = typedWords(words, r);
  if (
    Number.isInteger(r.amount) &&
    r.amount >= GROUP_SESSIONS_MIN &&
    r.amount <= GROUP_SESSIONS_MAX
  ) {
    return r.amount;
  }
  const nearest = clamp(Math.round(r.amount), GROUP_SESSIONS_MIN, GROUP_SESSIONS_MAX);
  return {
    message: `A weekend holds ${GROUP_SESSIONS_MIN} to ${GROUP_SESSIONS_MAX} small-group sessions, so \`${typed}\` won't do.`,
    fix: replace(r, String(nearest), "sessions"),
  };
}

/** Case discussions: a whole number from 0 to CASE_DISCUSSIONS_MAX, or why not. */
export function checkCaseDiscussions(
  words: readonly string[],
  r: ReadingOf<"caseDiscussions">,
): number | Problem {
  if (Number.isInteger(r.amount) && r.amount >= 0 && r.amount <= CASE_DISCUSSIONS_MAX) {
    return r.amount;
  }
  const nearest = clamp(Math.round(r.amount), 0, CASE_DISCUSSIONS_MAX);
  return {
    message: `Case discussions are a whole number from 0 to ${CASE_DISCUSSIONS_MAX}, so \`${typedWords(words, r)}\` won't do.`,
    fix: replace(r, String(nearest), "cases"),
  };
}

/** An event's provider: a name of 1 to the limit's characters, or why not. */
export function checkProvider(
  words: readonly string[],
  r: ReadingOf<"provider">,
): string | Problem {
  const name = r.provider.trim();
  if (name !== "" && name.length <= PROVIDER_MAX) return name;
  return {
    message:
      name === ""
        ? "Name who provided the event after `provider`, e.g. `provider BSANZ`."
        : `A provider's name is at most ${PROVIDER_MAX} characters, so \`${typedWords(words, r).slice(0, 40)}…\` won't do.`,
    fix: replace(r, "provider", "<provider>"),
    placeholder: true,
  };
}

const inUnit = (hours: number, unit: "h" | "m") =>
  unit === "h" ? `${hours}h` : `${Math.round(hours * 60)}m`;

/** Supervision hours from 0.25 to 12 in quarter hours, or why not. */
export function checkHours(
  words: readonly string[],
  r: ReadingOf<"hours">,
  kind: ActivityKind | undefined,
): number | Problem {
  const typed = typedWords(words, r);
  if (kind !== undefined && kind !== "supervision") {
    return {
      message: `Only supervision has hours: leave out \`${typed}\` for ${aKind(kind)}.`,
      fix: remove(r),
    };
  }
  if (r.hours < HOURS_MIN || r.hours > HOURS_MAX) {
    const nearest = clamp(r.hours, HOURS_MIN, HOURS_MAX);
    return {
      message: `Supervision hours go from ${HOURS_MIN} to ${HOURS_MAX} in one entry, so \`${typed}\` won't do.`,
      fix: replace(r, inUnit(nearest, r.unit)),
    };
  }
  if (!Number.isInteger(r.hours * 4)) {
    const quarter = Math.max(HOURS_MIN, Math.round(r.hours / HOURS_STEP) * HOURS_STEP);
    return {
      message: `Supervision hours go in quarter hours (0.25, 0.5, 0.75…), so \`${typed}\` won't do.`,
      fix: replace(r, inUnit(quarter, r.unit)),
    };
  }
  return r.hours;
}

/** Face to face, video or telephone; individual or group: for supervision only. */
export function checkSupervisionOnly(
  words: readonly string[],
  r: ReadingOf<"mode" | "format">,
  kind: ActivityKind | undefined,
): Problem | undefined {
  if (kind === undefined || kind === "supervision") return undefined;
  const what =
    r.field === "mode" ? "face to face, by video or by telephone" : "individual or in a group";
  return {
    message: `Only supervision is ${what}: leave out \`${typedWords(words, r)}\` for ${aKind(kind)}.`,
    fix: remove(r),
  };
}

/** The person to confirm; `placeholder` words stand in for someone to name. */
export function checkCounterpart(
  words: readonly string[],
  r: ReadingOf<"counterpart">,
  kind: ActivityKind | undefined,
  selfUserId: string,
): Mention | Problem {
  const stand = `@your-${kind === "coled" || kind === undefined ? "co-leader" : "supervisor"}`;
  const named = (person: string): Fix => replace(r, "with", person);
  if (kind !== undefined && !needsConfirmation(kind)) {
    return {
      message: `${capitalise(aKind(kind))} needs nobody to confirm it: leave out \`${typedWords(words, r)}\`.`,
      fix: remove(r),
    };
  }
  if (r.mention === undefined) {
    return r.typed === undefined
      ? { message: "Name the person after `with`.", fix: named(stand), placeholder: true }
      : {
          message: `I can't tell who \`${r.typed}\` is: pick the person from the list Slack shows as you type @.`,
          fix: named(r.typed),
          placeholder: true,
        };
  }
  if (r.mention.userId === selfUserId) {
    return {
      message: "You can't confirm your own sessions: name your co-leader or supervisor.",
      fix: named(stand),
      placeholder: true,
    };
  }
  return r.mention;
}
