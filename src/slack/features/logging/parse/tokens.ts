import { parseMention } from "../../../mentions.ts";

/** One word of a command line, with where it starts (so a trailing note keeps its spacing). */
export interface Token {
  text: string;
  start: number;
}

/** Splits a line into words; an escaped mention (`<@U1|dr ahmed>`) stays one word. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/<[^>]*>|\S+/g)].map((match) => ({
    text: match[0],
    start: match.index,
  }));
}

/** Replaces `span` words from `at` with `replacement` (an empty span inserts). */
export interface Fix {
  at: number;
  span: number;
  replacement: readonly string[];
}

export function applyFixes(words: readonly string[], fixes: readonly Fix[]): string[] {
  const fixed = [...words];
  const latestFirst = [...fixes].sort((a, b) => b.at - a.at || b.span - a.span);
  for (const fix of latestFirst) fixed.splice(fix.at, fix.span, ...fix.replacement);
  return fixed;
}

/** A word as the user would type it: an escaped mention shows as `@name`. */
export function showWord(word: string): string {
  if (!word.startsWith("<@")) return word;
  const mention = parseMention(word);
  return mention ? `@${mention.name ?? "someone"}` : word;
}

const SUGGESTION_MAX = 200;

/** The whole command, ready to copy, e.g. "/balint log coled 2 20/11/2026 with @dr.ahmed". */
export function commandLine(command: string, words: readonly string[]): string {
  const line = [`${command} log`, ...words.map(showWord)].join(" ");
  return line.length <= SUGGESTION_MAX ? line : `${line.slice(0, SUGGESTION_MAX - 1)}…`;
}
