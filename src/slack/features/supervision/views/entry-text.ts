import type { EntryDetails } from "../../../../domain/activity.ts";
import { kindLabel } from "../../../../domain/activity-words.ts";
import { calendarDate, formatUkDate } from "../../../../domain/dates.ts";

const MODE_LABELS: Record<string, string> = {
  face_to_face: "face to face",
  video: "video",
  telephone: "telephone",
};

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** e.g. "Co-led session · 20 Nov 2026 · 2 sessions" or "Supervision session · 20 Nov 2026 · 1.5 hours, video, individual". */
export function entrySummary(entry: EntryDetails): string {
  const parts = [kindLabel(entry.kind), formatUkDate(entry.occurredOn)];
  if (entry.kind === "supervision") {
    const how = [
      entry.hours === null ? undefined : plural(entry.hours, "hour"),
      entry.mode ? (MODE_LABELS[entry.mode] ?? entry.mode) : undefined,
      entry.format ?? undefined,
    ].filter((part): part is string => Boolean(part));
    if (how.length > 0) parts.push(how.join(", "));
  } else if (entry.count > 1) {
    parts.push(plural(entry.count, "session"));
  }
  return parts.join(" · ");
}

/** e.g. "your co-led session on 20 Nov 2026". */
export function entryPhrase(entry: EntryDetails): string {
  const what = kindLabel(entry.kind).toLowerCase();
  const count = entry.kind !== "supervision" && entry.count > 1 ? ` (${entry.count})` : "";
  return `${what}${count} on ${formatUkDate(entry.occurredOn)}`;
}

/** A moment as people in the UK read it, in the society's time zone: "26 Nov 2026 at 10:00". */
export function formatMoment(moment: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(moment);
  return `${formatUkDate(calendarDate(moment, timeZone))} at ${time}`;
}
