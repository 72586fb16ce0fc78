import { KIND_WORDS } from "../../../../domain/activity-words.ts";
import { formatUkDate } from "../../../../domain/dates.ts";
import type { OverdueEntry } from "../../../../services/confirmations/list-overdue-confirmations.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { context, mention, section } from "../../../views/blocks.ts";
import { bulletedList, plural, waited } from "./list-lines.ts";

const MAX_LINES = 20;

function describeEntry(entry: OverdueEntry): string {
  const amount =
    entry.kind === "supervision" && entry.hours !== null
      ? `${entry.hours} h`
      : plural(entry.count, "session");
  return `${mention(entry.trainee.slackUserId)}: ${KIND_WORDS[entry.kind].label}, ${amount} on ${formatUkDate(entry.occurredOn)} (waiting ${waited(entry.waitingDays)})`;
}

/** One weekly DM to a supervisor listing every session waiting more than 7 days for them. */
export function confirmationsReminderMessage(entries: readonly OverdueEntry[]): SlackMessage {
  const waiting = plural(entries.length, "session");
  const intro = `${waiting} ${entries.length === 1 ? "has" : "have"} been waiting more than a week for you to confirm or query ${entries.length === 1 ? "it" : "them"}.`;
  return {
    text: `Reminder: ${intro}`,
    blocks: [
      section(bulletedList(`*Reminder:* ${intro}`, entries.map(describeEntry), MAX_LINES)),
      context(
        "Confirm or query each from the message I sent you about it. I send this reminder at most once a week.",
      ),
    ],
  };
}
