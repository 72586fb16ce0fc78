import { escapeMrkdwn } from "../../../views/mrkdwn.ts";

/** One criterion as the checklist views show it. */
export interface ChecklistItem {
  title: string;
  status: string;
  explanation: string;
  /** The society calls it desirable: shown, never counted. */
  desirable?: boolean;
}

const ICONS: Record<string, string> = {
  met: "✅",
  in_progress: "⏳",
  missing: "⬜",
  discretion: "💬",
};

export function statusIcon(status: string): string {
  return ICONS[status] ?? "⬜";
}

/** One line per criterion: icon, title and the evaluator's explanation. */
export function checklistLines(criteria: readonly ChecklistItem[]): string {
  if (criteria.length === 0) return "_No checklist was recorded._";
  return criteria
    .map((c) => `${statusIcon(c.status)} *${c.title}*: ${escapeMrkdwn(withoutTitle(c))}`.trimEnd())
    .join("\n");
}

/** The explanation without the title it often starts with ("Co-led sessions 12 of 20…"). */
function withoutTitle({ title, explanation }: ChecklistItem): string {
  if (!explanation.toLowerCase().startsWith(title.toLowerCase())) return explanation;
  const rest = explanation.slice(title.length).replace(/^[\s:,;]+/, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * e.g. "7 of 9 met". Discretion items are the subcommittee's to judge, and desirable ones are
 * not required: neither is counted.
 */
export function metCount(criteria: readonly ChecklistItem[]): string {
  const counted = criteria.filter((c) => c.status !== "discretion" && !c.desirable);
  const met = counted.filter((c) => c.status === "met").length;
  return `${met} of ${counted.length} met`;
}

/** "Still missing: A; B." or "" when nothing is. */
export function missingLine(missing: readonly string[]): string {
  return missing.length === 0 ? "" : `*Still missing:* ${missing.join("; ")}.`;
}
