import { formatUkDate } from "../../../../domain/dates.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { SHARED_IDS } from "../../../ids.ts";
import { actions, button, context, section } from "../../../views/blocks.ts";

export const NUDGE_BLOCK_ID = "idle_nudge_actions";

/** The nudge to a trainee with nothing logged for 8 weeks, with Log a session and Turn off. */
export function idleNudgeMessage(idleSince: string, command: string): SlackMessage {
  const line = `You haven't logged anything on your Balint pathway since ${formatUkDate(idleSince)}.`;
  return {
    text: line,
    blocks: [
      section(
        `${line} If you have been to groups, co-led, had supervision or been on a course, log it with \`${command} log\` so your progress stays up to date.`,
      ),
      actions(NUDGE_BLOCK_ID, [
        button("Log a session", SHARED_IDS.openLog, buttonValue({ from: "nudge" }), "primary"),
        button("Turn off these reminders", SHARED_IDS.toggleNudges, buttonValue({ on: false })),
      ]),
      context(
        "I send this after 8 weeks with nothing logged. You can turn it back on from your App Home.",
      ),
    ],
  };
}
