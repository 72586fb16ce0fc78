import { z } from "zod";
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  SUPERVISION_FORMATS,
  SUPERVISION_MODES,
} from "../../../../domain/activity.ts";
import { kindFromWord, kindWord } from "../../../../domain/activity-words.ts";
import { ENTRY_LIMITS } from "../../../../domain/entry-limits.ts";
import { checkDate } from "./check-date.ts";
import {
  checkCaseDiscussions,
  checkCount,
  checkCounterpart,
  checkGroupSessions,
  checkHours,
  checkOnePerEntry,
  checkProvider,
  checkSupervisionOnly,
  type Problem,
} from "./problems.ts";
import { applyFixes, commandLine, type Token, tokenize } from "./tokens.ts";
import {
  type Asks,
  type Field,
  looksLikeDetail,
  nearestKind,
  type Reading,
  readAt,
} from "./words.ts";

const {
  count: COUNT,
  groupSessions: GROUP_SESSIONS,
  hours: HOURS,
  noteLength: NOTE_MAX,
} = ENTRY_LIMITS;

/** One line of `/balint log <kind> [count] [date] [with @person] [note …]`, read and checked. */
export const parsedLogLineSchema = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  occurredOn: z.iso.date(),
  count: z.number().int().min(COUNT.min).max(COUNT.max),
  groupSessions: z.number().int().min(GROUP_SESSIONS.min).max(GROUP_SESSIONS.max).nullable(),
  caseDiscussions: z
    .number()
    .int()
    .min(ENTRY_LIMITS.caseDiscussions.min)
    .max(ENTRY_LIMITS.caseDiscussions.max)
    .nullable(),
  recorded: z.boolean().nullable(),
  provider: z.string().min(1).max(ENTRY_LIMITS.providerLength).nullable(),
  approvedInAdvance: z.boolean().nullable(),
  faceToFace: z.boolean().nullable(),
  hours: z.number().min(HOURS.min).max(HOURS.max).multipleOf(HOURS.step).nullable(),
  mode: z.enum(SUPERVISION_MODES).nullable(),
  format: z.enum(SUPERVISION_FORMATS).nullable(),
  counterpart: z.object({ userId: z.string().min(1), name: z.string().optional() }).nullable(),
  note: z.string().min(1).max(NOTE_MAX).nullable(),
});
export type ParsedLogLine = z.output<typeof parsedLogLineSchema>;

export interface LogLineContext {
  /** Today in the society's time zone, "YYYY-MM-DD": the default date and the latest allowed. */
  today: string;
  /** The Slack user logging: naming themself is refused. */
  userId: string;
  /** The slash command, e.g. "/balint", for the corrected line. */
  command: string;
  /** What the society's criteria ask an entry for, by kind (none: the UK's words only). */
  asks?: Asks;
}

export type LogLineResult =
  | { ok: true; entry: ParsedLogLine }
  /** `message` says what is wrong and ends with `suggestion`, the corrected command. */
  | { ok: false; message: string; suggestion: string };

const KIND_LIST = ACTIVITY_KINDS.map(kindWord);
const KINDS_IN_WORDS = `${KIND_LIST.slice(0, -1).join(", ")} or ${KIND_LIST.at(-1)}`;

/** Reads the words after `log`. Pure: the caller gives today and who is logging. */
export function parseLogLine(text: string, context: LogLineContext): LogLineResult {
  const tokens = tokenize(text);
  const words = tokens.map((token) => token.text);
  const problems: Problem[] = [];
  const { kind, firstDetail } = readKind(words, problems);
  const draft: Omit<ParsedLogLine, "kind"> = {
    occurredOn: context.today,
    count: 1,
    groupSessions: null,
    caseDiscussions: null,
    recorded: null,
    provider: null,
    approvedInAdvance: null,
    faceToFace: null,
    hours: null,
    mode: null,
    format: null,
    counterpart: null,
    note: null,
  };
  const seen = new Map<Field, Reading>();

  let at = firstDetail;
  for (; at < words.length; ) {
    const word = (words[at] ?? "").toLowerCase();
    if (word === "note" || word === "note:") {
      at += 1;
      break;
    }
    const reading = readAt(words, at, kind, context.asks);
    if (!reading || seen.has(reading.field)) break;
    seen.set(reading.field, reading);
    const problem = take(reading, words, kind, context, draft);
    if (problem) problems.push(problem);
    at = reading.at + reading.span;
  }

  draft.note = noteFrom(text, tokens, at, problems);
  const noLength = kind === "supervision" && !seen.has("hours") ? missingHours(seen) : undefined;
  if (noLength) problems.push(noLength);
  const supervisionCount = seen.get("count");
  if (kind === "supervision" && seen.has("hours") && supervisionCount?.field === "count") {
    const tooMany = checkOnePerEntry(words, supervisionCount, kind, draft.count);
    if (tooMany) problems.push(tooMany);
  }

  if (problems.length > 0) return refusal(problems, words, context.command);
  if (!kind) throw new Error("a line without a kind always has a problem");
  return { ok: true, entry: parsedLogLineSchema.parse({ kind, ...draft }) };
}

function readKind(
  words: readonly string[],
  problems: Problem[],
): { kind: ActivityKind | undefined; firstDetail: number } {
  const first = words[0] ?? "";
  const known = kindFromWord(first);
  if (known) return { kind: known, firstDetail: 1 };
  if (first === "" || looksLikeDetail(first) || first.toLowerCase() === "with") {
    problems.push({
      message: `Start with what you did: ${KINDS_IN_WORDS}.`,
      fix: { at: 0, span: 0, replacement: ["<kind>"] },
      placeholder: true,
    });
    return { kind: undefined, firstDetail: 0 };
  }
  const near = nearestKind(first);
  problems.push(
    near
      ? {
          message: `I don't know the kind \`${first}\`.`,
          fix: { at: 0, span: 1, replacement: [kindWord(near)] },
        }
      : {
          message: `I don't know the kind \`${first}\`: use ${KINDS_IN_WORDS}.`,
          fix: { at: 0, span: 1, replacement: ["<kind>"] },
          placeholder: true,
        },
  );
  return { kind: near, firstDetail: 1 };
}

/** Checks one reading and records its value in the draft, or returns what is wrong with it. */
function take(
  reading: Reading,
  words: readonly string[],
  kind: ActivityKind | undefined,
  context: LogLineContext,
  draft: Omit<ParsedLogLine, "kind">,
): Problem | undefined {
  switch (reading.field) {
    case "count": {
      const count = checkCount(words, reading, kind);
      if (typeof count !== "number") return count;
      draft.count = count;
      // Supervision's count is checked once its hours are known (a bare "2" may mean "2h").
      return kind && kind !== "supervision"
        ? checkOnePerEntry(words, reading, kind, count)
        : undefined;
    }
    case "groupSessions": {
      const sessions = checkGroupSessions(words, reading);
      if (typeof sessions !== "number") return sessions;
      draft.groupSessions = sessions;
      return undefined;
    }
    case "caseDiscussions": {
      const cases = checkCaseDiscussions(words, reading);
      if (typeof cases !== "number") return cases;
      draft.caseDiscussions = cases;
      return undefined;
    }
    case "recorded":
      draft.recorded = reading.recorded;
      return undefined;
    case "provider": {
      const provider = checkProvider(words, reading);
      if (typeof provider !== "string") return provider;
      draft.provider = provider;
      return undefined;
    }
    case "approvedInAdvance":
      draft.approvedInAdvance = reading.approved;
      return undefined;
    case "faceToFace":
      draft.faceToFace = reading.faceToFace;
      return undefined;
    case "hours": {
      const hours = checkHours(words, reading, kind);
      if (typeof hours !== "number") return hours;
      draft.hours = hours;
      return undefined;
    }
    case "mode":
      draft.mode = reading.mode;
      return checkSupervisionOnly(words, reading, kind);
    case "format":
      draft.format = reading.format;
      return checkSupervisionOnly(words, reading, kind);
    case "date": {
      const date = checkDate(reading, context.today);
      if (typeof date !== "string") return date;
      draft.occurredOn = date;
      return undefined;
    }
    case "counterpart": {
      const person = checkCounterpart(words, reading, kind, context.userId);
      if ("fix" in person) return person;
      draft.counterpart = person;
      return undefined;
    }
  }
}

/** The free text from word `at` on, exactly as typed; too long a note is a problem. */
function noteFrom(
  text: string,
  tokens: readonly Token[],
  at: number,
  problems: Problem[],
): string | null {
  const start = tokens[at]?.start;
  const note = start === undefined ? "" : text.slice(start).trim();
  if (note.length <= NOTE_MAX) return note === "" ? null : note;
  problems.push({
    message: `Your note is ${note.length.toLocaleString("en-GB")} characters long; a note can be at most ${NOTE_MAX}.`,
    fix: {
      at,
      span: tokens.length - at,
      replacement: [`<a note of up to ${NOTE_MAX} characters>`],
    },
    placeholder: true,
  });
  return null;
}

/** Supervision needs its length: a bare "2" was probably meant as "2h". */
function missingHours(seen: ReadonlyMap<Field, Reading>): Problem | undefined {
  const count = seen.get("count");
  const amount = count?.field === "count" ? count.amount : undefined;
  // checkCount has already suggested "1.5h" for a bare "1.5".
  if (amount !== undefined && !Number.isInteger(amount)) return undefined;
  if (count && amount !== undefined && amount >= COUNT.min && amount <= COUNT.max) {
    const hours = `${amount}h`;
    return {
      message: `Say how long the supervision was in hours: \`${hours}\` rather than \`${amount}\`.`,
      fix: { at: count.at, span: count.span, replacement: [hours] },
    };
  }
  return {
    message: "Say how long the supervision was in hours, e.g. `1.5h`.",
    fix: { at: 1, span: 0, replacement: ["1h"] },
    placeholder: true,
  };
}

function refusal(problems: readonly Problem[], words: readonly string[], command: string) {
  const suggestion = commandLine(
    command,
    applyFixes(
      words,
      problems.map((problem) => problem.fix),
    ),
  );
  const closing = problems.some((problem) => problem.placeholder)
    ? `Try \`${suggestion}\``
    : `Did you mean \`${suggestion}\`?`;
  const body =
    problems.length === 1
      ? `${problems[0]?.message}`
      : `Please fix these:\n${problems.map((problem) => `• ${problem.message}`).join("\n")}\n`;
  return {
    ok: false as const,
    message: `${body}${problems.length === 1 ? " " : ""}${closing}`,
    suggestion,
  };
}
