import { SLACK_LIMITS, truncate } from "../../../views/limits.ts";

const LINE_MAX = 200;

/**
 * Bullet lines under a bold title, cut to `maxLines` (and to a section's length) with the rest
 * summarised as "and N more…".
 */
export function bulletedList(title: string, lines: readonly string[], maxLines: number): string {
  const bullets = lines.map((line) => `• ${truncate(line, LINE_MAX)}`);
  let shown = Math.min(bullets.length, maxLines);
  const text = (count: number) => {
    const hidden = bullets.length - count;
    const more = hidden > 0 ? [`and ${hidden} more…`] : [];
    return [title, ...bullets.slice(0, count), ...more].join("\n");
  };
  while (shown > 0 && text(shown).length > SLACK_LIMITS.sectionText) shown--;
  return text(shown);
}

/** "1 day", "3 days". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "today", "1 day", "12 days". */
export function waited(days: number): string {
  return days <= 0 ? "since today" : plural(days, "day");
}
