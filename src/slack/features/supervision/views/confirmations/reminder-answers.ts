import { formatUkDate } from "../../../../../domain/dates.ts";

/**
 * In place of the reminder, after "Confirm all": how many of the sessions it listed were
 * confirmed now (the others were answered or withdrawn since it was sent). Pure.
 */
export function confirmedFromReminderText(confirmed: number, listed: number): string {
  if (confirmed === 0) {
    return "Nothing was left to confirm: every session this reminder listed had already been answered or withdrawn.";
  }
  const which =
    confirmed < listed
      ? `${confirmed} of the ${listed} sessions this reminder listed; the others had already been answered or withdrawn`
      : `${confirmed === 1 ? "the session" : `all ${confirmed} sessions`} this reminder listed`;
  return `:white_check_mark: Confirmed ${which}. I've told the trainees. Thank you.`;
}

/** The private answer to "Remind me in a week"; `until` is a calendar day ("YYYY-MM-DD"). Pure. */
export function snoozedText(until: string): string {
  return `I won't remind you about waiting sessions before ${formatUkDate(until)}. They stay in your direct messages and on your App Home meanwhile.`;
}
