import type { KnownBlock } from "@slack/types";
import { KIND_WORDS } from "../../../../domain/activity-words.ts";
import { formatUkDate } from "../../../../domain/dates.ts";
import type { OverdueEntry } from "../../../../services/confirmations/list-overdue-confirmations.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { actions, button, context, mention, section } from "../../../views/blocks.ts";
import { SUPERVISION_IDS } from "../../supervision/ids.ts";
import { shownEntries } from "../../supervision/views/confirmations/entry-values.ts";
import { bulletedList, plural, waited } from "./list-lines.ts";

/** Entries shown with their own Open button; the rest are listed (a message holds 50 blocks). */
export const MAX_ENTRIES_WITH_OPEN = 15;
/** "Confirm all" confirms at most this many at once (the button value's limit). */
export const MAX_CONFIRM_ALL = 100;
const MAX_LINES = 20;
export const REMINDER_ACTIONS_BLOCK = "confirmations_reminder_actions";

function describeEntry(entry: OverdueEntry): string {
  const amount =
    entry.kind === "supervision" && entry.hours !== null
      ? `${entry.hours} h`
      : plural(entry.count, "session");
  return `${mention(entry.trainee.slackUserId)}: ${KIND_WORDS[entry.kind].label}, ${amount} on ${formatUkDate(entry.occurredOn)} (waiting ${waited(entry.waitingDays)})`;
}

/**
 * One weekly DM to a confirmer listing every session waiting more than 7 days for them, each
 * with Open, then Confirm all and "Remind me in a week". Pure.
 */
export function confirmationsReminderMessage(entries: readonly OverdueEntry[]): SlackMessage {
  const waiting = plural(entries.length, "session");
  const intro = `${waiting} ${entries.length === 1 ? "has" : "have"} been waiting more than a week for you to confirm or query ${entries.length === 1 ? "it" : "them"}.`;
  const shown = entries.slice(0, MAX_ENTRIES_WITH_OPEN);
  const rest = entries.slice(MAX_ENTRIES_WITH_OPEN);
  const toConfirm = entries.slice(0, MAX_CONFIRM_ALL);
  const blocks: KnownBlock[] = [
    section(`*Reminder:* ${intro}`),
    ...shown.map((entry) =>
      section(
        `• ${describeEntry(entry)}`,
        button("Open", SUPERVISION_IDS.openEntry, buttonValue({ id: entry.id })),
      ),
    ),
    ...(rest.length > 0
      ? [section(bulletedList("*Also waiting*", rest.map(describeEntry), MAX_LINES))]
      : []),
    actions(REMINDER_ACTIONS_BLOCK, [
      button(
        toConfirm.length === 1 ? "Confirm it" : `Confirm all ${toConfirm.length}`,
        SUPERVISION_IDS.confirmAllFromReminder,
        shownEntries(toConfirm),
        "primary",
      ),
      button("Remind me in a week", SUPERVISION_IDS.snoozeReminders, buttonValue({ days: 7 })),
    ]),
    context(
      "Open one to confirm or query it, or confirm them all. I send this reminder at most once a week.",
    ),
  ];
  return { text: `Reminder: ${intro}`, blocks };
}
