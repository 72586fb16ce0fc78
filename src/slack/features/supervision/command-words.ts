import { AppError } from "../../../domain/app-error.ts";
import { calendarDate } from "../../../domain/dates.ts";
import type { PersonRef } from "../../../domain/person-ref.ts";
import type { BotDeps } from "../../deps.ts";
import { leadingMention } from "../../mentions.ts";
import { escapeMrkdwn } from "../../views/mrkdwn.ts";

/**
 * The person mentioned at the start of `text`, and the words after them. The mention's `|label`
 * is the typist's text (Slack's escaped mention puts the handle there, and anyone can type any
 * label), so it never becomes the person's stored name: names come from Slack itself.
 */
export function mentionedPerson(
  teamId: string,
  text: string,
  usage: string,
): { person: PersonRef; rest: string } {
  const found = leadingMention(text);
  if (!found) throw new AppError("INVALID_INPUT", usage, { reason: "no mention" });
  return {
    person: { teamId, userId: found.mention.userId },
    rest: found.rest,
  };
}

/** Refuses words the command does not expect, naming them, with the usage. */
export function refuseExtraWords(rest: string, usage: string): void {
  if (rest.trim()) {
    throw new AppError(
      "INVALID_INPUT",
      `I didn't understand "${escapeMrkdwn(rest.trim())}". ${usage}`,
    );
  }
}

/** Today ("YYYY-MM-DD") in the society's time zone, from the bot's clock. */
export function todayOf(deps: BotDeps): string {
  return calendarDate(deps.now(), deps.config.TIMEZONE);
}
