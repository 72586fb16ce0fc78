import type { SectionBlock } from "@slack/types";
import { calendarDate, formatUkDate } from "../../../../domain/dates.ts";
import { section } from "../../../views/blocks.ts";
import { SLACK_LIMITS, truncate } from "../../../views/limits.ts";
import { quoteUserText } from "../../../views/mrkdwn.ts";

/** Users' text as a block quote, escaped. */
export const quote = quoteUserText;

/** "26 Nov 2026", in the society's time zone. */
export function dayOf(at: Date, timeZone: string): string {
  return formatUkDate(calendarDate(at, timeZone));
}

/** A single line, cut to `limit`, for lists and history rows. */
export function oneLine(text: string, limit: number): string {
  return truncate(text.replace(/\s+/g, " ").trim(), limit);
}

/**
 * A long text (a statement or a report, up to 5,000 characters) under a bold title, quoted,
 * in at most `maxSections` sections within Slack's section limit; beyond that it is cut.
 */
export function longTextSections(title: string, text: string, maxSections = 2): SectionBlock[] {
  const room = SLACK_LIMITS.sectionText - 10;
  const whole = `*${title}*\n${quote(text)}`;
  const chunks: string[] = [];
  let rest = whole;
  while (rest.length > 0 && chunks.length < maxSections) {
    if (chunks.length === maxSections - 1 || rest.length <= room) {
      chunks.push(truncate(rest, room));
      break;
    }
    const cut = rest.lastIndexOf("\n", room);
    const at = cut > room / 2 ? cut : room;
    chunks.push(rest.slice(0, at));
    const remainder = rest.slice(at).replace(/^\n/, "");
    rest = remainder.startsWith(">") ? remainder : `>${remainder}`;
  }
  return chunks.map((chunk) => section(chunk));
}
