import { formatUkDate } from "../../../../../domain/dates.ts";

/** In place of the reminder, after "Confirm all". Pure. */
export function confirmedFromReminderText(count: number): string {
  return `:white_check_mark: Confirmed ${count === 1 ? "the session" : `all ${count} sessions`} this reminder listed. I've told the trainees. Thank you.`;
}

/** The private answer to "Remind me in a week"; `until` is a calendar day ("YYYY-MM-DD"). Pure. */
export function snoozedText(until: string): string {
  return `I won't remind you about waiting sessions before ${formatUkDate(until)}. They stay in your direct messages and on your App Home meanwhile.`;
}
