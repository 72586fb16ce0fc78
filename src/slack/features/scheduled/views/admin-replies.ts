import { calendarDate, formatUkDate } from "../../../../domain/dates.ts";
import type { DigestContent } from "../../../../services/jobs/gather-digest.ts";
import type {
  ReminderCounts,
  RemindersSummary,
} from "../../../../services/jobs/record-reminders.ts";
import { plural } from "./list-lines.ts";

/** The admin's private answer after `admin digest`. */
export function digestPostedReply(content: DigestContent, channel: string): string {
  const { pending, unanswered, decisions } = content;
  const since = formatUkDate(calendarDate(content.since, content.timeZone));
  const what =
    pending.length + unanswered.length + decisions.length === 0
      ? "a quiet week, nothing waiting"
      : `${plural(pending.length, "application")} waiting, ${plural(unanswered.length, "unanswered request")}, ${plural(decisions.length, "decision")} since ${since}`;
  return `Posting the digest to <#${channel}>: ${what}. This week's scheduled digest still goes out as usual.`;
}

function skipped(counts: ReminderCounts, already: string): string[] {
  return counts.alreadySent ? [`${counts.alreadySent} ${already}`] : [];
}

/** The admin's private answer after `admin reminders`. */
export function remindersSentReply({
  supervisors,
  sessionsListed,
  nudges,
}: RemindersSummary): string {
  const supervisorLine = [
    `${plural(supervisors.sent, "supervisor")} reminded about ${plural(sessionsListed, "session")} waiting over a week`,
    ...skipped(supervisors, "already reminded this week"),
  ].join("; ");
  const nudgeLine = [
    `${plural(nudges.sent, "trainee")} nudged after 8 weeks with nothing logged`,
    ...skipped(nudges, "already nudged for this quiet spell"),
  ].join("; ");
  return `Reminders run now.\n• ${supervisorLine}.\n• ${nudgeLine}.\nToday's scheduled reminders still run as usual.`;
}
