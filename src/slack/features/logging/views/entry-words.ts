import { type EntryDetails, isActivityKind } from "../../../../domain/activity.ts";
import { kindNoun } from "../../../../domain/activity-words.ts";
import { formatUkDate } from "../../../../domain/dates.ts";

/** What the logging views say about one entry; never its note text. */
export interface EntryFacts extends EntryDetails {
  id: number;
  state: string;
}

const HOW: Record<string, string> = {
  face_to_face: "face to face",
  video: "by video",
  telephone: "by telephone",
  individual: "individual",
  group: "in a group",
};

/** "12", "1.5": whole numbers without decimals. */
export function amount(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** e.g. "2 co-led sessions", "1.5 hours of supervision (by video, individual)". */
export function describeEntry(entry: EntryFacts): string {
  if (!isActivityKind(entry.kind)) return `${entry.count} × ${entry.kind}`;
  if (entry.kind === "supervision" && entry.hours !== null) {
    const hours = `${amount(entry.hours)} ${entry.hours === 1 ? "hour" : "hours"} of supervision`;
    const sessions = entry.count > 1 ? ` over ${entry.count} sessions` : "";
    const how = [entry.mode, entry.format].flatMap((word) => (word ? [HOW[word] ?? word] : []));
    return `${hours}${sessions}${how.length > 0 ? ` (${how.join(", ")})` : ""}`;
  }
  const sessions =
    entry.kind === "weekend_member" && entry.groupSessions != null
      ? ` (${entry.groupSessions} small-group ${entry.groupSessions === 1 ? "session" : "sessions"})`
      : "";
  return `${entry.count} ${kindNoun(entry.kind, entry.count)}${sessions}`;
}

/** e.g. "2 co-led sessions on 20 Nov 2026". */
export function entryLine(entry: EntryFacts): string {
  return `${describeEntry(entry)} on ${formatUkDate(entry.occurredOn)}`;
}
