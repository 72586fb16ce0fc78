import type {
  ActivityKind,
  SupervisionFormat,
  SupervisionMode,
} from "../../../../domain/activity.ts";
import { ALL_KIND_ALIASES, kindFromWord } from "../../../../domain/activity-words.ts";
import type { EntryQuestions } from "../../../../domain/entry-questions.ts";
import { type Mention, parseMention } from "../../../mentions.ts";
import { nearestWord } from "../../../nearest-word.ts";

/**
 * What one or more words after the kind mean. `at` is where the meaningful word is and `span`
 * counts from it; `start` is earlier when a filler ("on", "via"…) comes first.
 */
export type Reading = Located & { start: number };
type Located = { at: number; span: number } & (
  | { field: "count"; amount: number | undefined; guess: number | undefined }
  | { field: "groupSessions"; amount: number }
  | { field: "caseDiscussions"; amount: number }
  | { field: "recorded"; recorded: boolean }
  | { field: "provider"; provider: string }
  | { field: "approvedInAdvance"; approved: boolean }
  | { field: "faceToFace"; faceToFace: boolean }
  | { field: "hours"; hours: number; unit: "h" | "m" }
  | { field: "mode"; mode: SupervisionMode }
  | { field: "format"; format: SupervisionFormat }
  | { field: "date"; word: string }
  | { field: "counterpart"; mention: Mention | undefined; typed: string | undefined }
);
export type Field = Reading["field"];

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const HOUR_UNITS = ["h", "hr", "hrs", "hour", "hours"];
const MINUTE_UNITS = ["m", "min", "mins", "minute", "minutes"];
/** Dates in any order and separator (checked later), and "20/11" without a year. */
const DATE_LIKE = /^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\/\d{1,2})$/;
const FILLERS = ["on", "for", "via", "by"];

const MODE_WORDS: Record<string, SupervisionMode> = {
  f2f: "face_to_face",
  "face-to-face": "face_to_face",
  facetoface: "face_to_face",
  "in-person": "face_to_face",
  inperson: "face_to_face",
  video: "video",
  online: "video",
  zoom: "video",
  teams: "video",
  phone: "telephone",
  telephone: "telephone",
  tel: "telephone",
};

const FORMAT_WORDS: Record<string, SupervisionFormat> = {
  individual: "individual",
  "one-to-one": "individual",
  "1:1": "individual",
  "1-1": "individual",
  "1-to-1": "individual",
};

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

const amountOf = (text: string) => Number(text.replace(",", "."));

function readHours(words: readonly string[], at: number): Located | undefined {
  const word = (words[at] ?? "").toLowerCase();
  const next = (words[at + 1] ?? "").toLowerCase();
  const hours = /^([+-]?\d+(?:[.,]\d+)?)(h|hrs?|hours?)$/.exec(word);
  if (hours?.[1]) return { field: "hours", at, span: 1, hours: amountOf(hours[1]), unit: "h" };
  const mixed = /^(\d+)h(\d{1,2})m?$/.exec(word);
  if (mixed?.[1] && mixed[2]) {
    const value = Number(mixed[1]) + Number(mixed[2]) / 60;
    return { field: "hours", at, span: 1, hours: value, unit: "h" };
  }
  const minutes = /^([+-]?\d+)(m|mins?|minutes?)$/.exec(word);
  if (minutes?.[1])
    return { field: "hours", at, span: 1, hours: Number(minutes[1]) / 60, unit: "m" };
  if (!NUMBER.test(word)) return undefined;
  if (HOUR_UNITS.includes(next)) {
    return { field: "hours", at, span: 2, hours: amountOf(word), unit: "h" };
  }
  if (MINUTE_UNITS.includes(next)) {
    return { field: "hours", at, span: 2, hours: amountOf(word) / 60, unit: "m" };
  }
  return undefined;
}

function readMode(words: readonly string[], at: number): Located | undefined {
  const word = (words[at] ?? "").toLowerCase();
  const mode = Object.hasOwn(MODE_WORDS, word) ? MODE_WORDS[word] : undefined;
  if (mode) return { field: "mode", at, span: 1, mode };
  const following = (span: number) =>
    words
      .slice(at, at + span)
      .join(" ")
      .toLowerCase();
  if (following(3) === "face to face") return { field: "mode", at, span: 3, mode: "face_to_face" };
  if (following(2) === "in person") return { field: "mode", at, span: 2, mode: "face_to_face" };
  return undefined;
}

function readFormat(
  words: readonly string[],
  at: number,
  kind: ActivityKind | undefined,
): Located | undefined {
  const word = (words[at] ?? "").toLowerCase();
  const format =
    (Object.hasOwn(FORMAT_WORDS, word) ? FORMAT_WORDS[word] : undefined) ??
    (word === "group" && kind === "supervision" ? "group" : undefined);
  return format ? { field: "format", at, span: 1, format } : undefined;
}

function readCounterpart(words: readonly string[], at: number): Located | undefined {
  const word = words[at] ?? "";
  const mention = parseMention(word);
  if (mention && word.startsWith("<@")) {
    return { field: "counterpart", at, span: 1, mention, typed: word };
  }
  if (word.startsWith("@"))
    return { field: "counterpart", at, span: 1, mention: undefined, typed: word };
  if (word.toLowerCase() !== "with") return undefined;
  const next = words[at + 1];
  if (next === undefined) {
    return { field: "counterpart", at, span: 1, mention: undefined, typed: undefined };
  }
  const named = readCounterpart(words, at + 1);
  return named ? { ...named, at, span: 2 } : undefined;
}

function readDate(words: readonly string[], at: number): Located | undefined {
  const word = words[at] ?? "";
  const lower = word.toLowerCase();
  if (lower === "today" || lower === "yesterday" || DATE_LIKE.test(word)) {
    return { field: "date", at, span: 1, word };
  }
  return undefined;
}

const SESSION_WORDS = ["session", "sessions", "group", "groups"];

/** A weekend's small-group sessions: "4 sessions" or "sessions 4" (weekends only). */
function readGroupSessions(
  words: readonly string[],
  at: number,
  kind: ActivityKind | undefined,
): Located | undefined {
  if (kind !== "weekend_member") return undefined;
  const word = (words[at] ?? "").toLowerCase();
  const next = (words[at + 1] ?? "").toLowerCase();
  if (NUMBER.test(word) && SESSION_WORDS.includes(next)) {
    return { field: "groupSessions", at, span: 2, amount: amountOf(word) };
  }
  if (SESSION_WORDS.includes(word) && NUMBER.test(next)) {
    return { field: "groupSessions", at, span: 2, amount: amountOf(next) };
  }
  return undefined;
}

/** Counts, and attempts at one: "3", "0", "-2", "2.5", "3x", and (right after the kind) "two". */
function readCount(words: readonly string[], at: number): Located | undefined {
  const word = (words[at] ?? "").toLowerCase();
  if (NUMBER.test(word)) {
    const amount = amountOf(word);
    return { field: "count", at, span: 1, amount, guess: undefined };
  }
  if (/^[+-]?\d/.test(word)) {
    const digits = /\d+/.exec(word)?.[0];
    return { field: "count", at, span: 1, amount: undefined, guess: Number(digits) };
  }
  if (OTHER_DIGITS.test(word)) {
    return { field: "count", at, span: 1, amount: undefined, guess: asciiValue(word) };
  }
  const spelt = NUMBER_WORDS.indexOf(word);
  if (spelt >= 0 && at === 1) {
    return { field: "count", at, span: 1, amount: undefined, guess: spelt };
  }
  if (NOT_A_NUMBER.test(word) && at === 1) {
    return { field: "count", at, span: 1, amount: undefined, guess: undefined };
  }
  return undefined;
}

const CASE_WORDS = ["case", "cases", "discussion", "discussions"];

/** Case discussions in a led or co-led entry: "3 cases" or "cases 3". */
function readCaseDiscussions(
  words: readonly string[],
  at: number,
  kind: ActivityKind | undefined,
): Located | undefined {
  if (kind !== "coled" && kind !== "led_supervised") return undefined;
  const word = (words[at] ?? "").toLowerCase();
  const next = (words[at + 1] ?? "").toLowerCase();
  if (NUMBER.test(word) && CASE_WORDS.includes(next)) {
    return { field: "caseDiscussions", at, span: 2, amount: amountOf(word) };
  }
  if (CASE_WORDS.includes(word) && NUMBER.test(next)) {
    return { field: "caseDiscussions", at, span: 2, amount: amountOf(next) };
  }
  return undefined;
}

/** What the trainee's criteria ask an entry for, by kind; the UK's ask nothing more. */
export type Asks = Partial<EntryQuestions>;

const asked = (asks: Asks, question: keyof EntryQuestions, kind: ActivityKind | undefined) =>
  kind !== undefined && (asks[question] ?? []).includes(kind);

/** Whether the words from `at` read `phrase`, e.g. "not recorded". */
const phraseAt = (words: readonly string[], at: number, phrase: string) =>
  words
    .slice(at, at + phrase.split(" ").length)
    .join(" ")
    .toLowerCase() === phrase;

/** "recorded", "not recorded" or "unrecorded", where the criteria ask. */
function readRecorded(words: readonly string[], at: number): Located | undefined {
  if (phraseAt(words, at, "recorded")) return { field: "recorded", at, span: 1, recorded: true };
  if (phraseAt(words, at, "unrecorded")) return { field: "recorded", at, span: 1, recorded: false };
  if (phraseAt(words, at, "not recorded")) {
    return { field: "recorded", at, span: 2, recorded: false };
  }
  return undefined;
}

/** "approved" or "approved in advance", "not approved", where the criteria ask. */
function readApproved(words: readonly string[], at: number): Located | undefined {
  if (phraseAt(words, at, "approved in advance")) {
    return { field: "approvedInAdvance", at, span: 3, approved: true };
  }
  if (phraseAt(words, at, "approved")) {
    return { field: "approvedInAdvance", at, span: 1, approved: true };
  }
  if (phraseAt(words, at, "not approved")) {
    return { field: "approvedInAdvance", at, span: 2, approved: false };
  }
  return undefined;
}

/** `provider BSANZ` or `provider "Balint Society of Canada"` (an empty name is checked later). */
function readProvider(words: readonly string[], at: number): Located | undefined {
  if ((words[at] ?? "").toLowerCase() !== "provider") return undefined;
  const first = words[at + 1];
  if (first === undefined) return { field: "provider", at, span: 1, provider: "" };
  if (!first.startsWith('"')) return { field: "provider", at, span: 2, provider: first };
  let end = at + 1;
  while (end < words.length - 1 && !(words[end] ?? "").slice(1).endsWith('"')) end += 1;
  const quoted = words.slice(at + 1, end + 1).join(" ");
  const provider = quoted.replace(/^"/, "").replace(/"$/, "");
  return { field: "provider", at, span: end - at + 1, provider };
}

/** For groups and leading, where the criteria ask: face to face (or in person), or online. */
function readFaceToFace(words: readonly string[], at: number): Located | undefined {
  const mode = readMode(words, at);
  if (mode?.field !== "mode") return undefined;
  return { field: "faceToFace", at, span: mode.span, faceToFace: mode.mode === "face_to_face" };
}

/** Figures other than ASCII's (Arabic-Indic "٣", full-width "３"…): a count, but not one we take. */
const OTHER_DIGITS = /^[+-]?\p{Nd}+$/u;
/** What JavaScript's Number() would take as a number but a person does not write as a count. */
const NOT_A_NUMBER = /^[+-]?(?:nan|inf|infinity)$/;

/** "٣" → 3: each figure's place in its script's run of ten, for the suggested correction. */
function asciiValue(word: string): number | undefined {
  let value = 0;
  for (const char of word.replace(/^[+-]/, "")) {
    let code = char.codePointAt(0) ?? 0;
    let place = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(code - 1)) && place < 40) {
      code -= 1;
      place += 1;
    }
    value = value * 10 + (place % 10);
  }
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The words only the trainee's criteria give a meaning to; otherwise they start the note. */
function readAsked(
  words: readonly string[],
  at: number,
  kind: ActivityKind | undefined,
  asks: Asks,
): Located | undefined {
  return (
    (asked(asks, "recorded", kind) ? readRecorded(words, at) : undefined) ??
    (asked(asks, "approvedInAdvance", kind) ? readApproved(words, at) : undefined) ??
    (asked(asks, "provider", kind) ? readProvider(words, at) : undefined) ??
    (asked(asks, "faceToFace", kind) ? readFaceToFace(words, at) : undefined)
  );
}

function readOne(
  words: readonly string[],
  at: number,
  kind: ActivityKind | undefined,
  asks: Asks = {},
): Located | undefined {
  return (
    readAsked(words, at, kind, asks) ??
    readCounterpart(words, at) ??
    readHours(words, at) ??
    readMode(words, at) ??
    readFormat(words, at, kind) ??
    readDate(words, at) ??
    readGroupSessions(words, at, kind) ??
    readCaseDiscussions(words, at, kind) ??
    readCount(words, at)
  );
}

/** What the words at `at` say, or undefined when they start the note. */
export function readAt(
  words: readonly string[],
  at: number,
  kind: ActivityKind | undefined,
  asks: Asks = {},
): Reading | undefined {
  const reading = readOne(words, at, kind, asks);
  if (reading) return { ...reading, start: at };
  if (!FILLERS.includes((words[at] ?? "").toLowerCase())) return undefined;
  const afterFiller = readOne(words, at + 1, kind, asks);
  return afterFiller ? { ...afterFiller, start: at } : undefined;
}

/** True for a word that looks like the start of the details rather than a kind. */
export function looksLikeDetail(word: string): boolean {
  return readOne([word], 0, undefined) !== undefined;
}

/** The kind a misspelt word most likely meant, when one is close enough. */
export function nearestKind(word: string): ActivityKind | undefined {
  const alias = nearestWord(word, ALL_KIND_ALIASES);
  return alias === undefined ? undefined : kindFromWord(alias);
}
