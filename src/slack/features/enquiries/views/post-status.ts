import type { KnownBlock } from "@slack/types";
import { formatUkDate } from "../../../../domain/dates.ts";
import { buttonValue } from "../../../forms/button-value.ts";
import { actions, button, context, mention } from "../../../views/blocks.ts";
import { ENQUIRY_IDS } from "../ids.ts";

/** Who answered a post for the leadership team, and on which day ("YYYY-MM-DD"). */
export interface Answered {
  byUserId: string;
  on: string;
}

export function answeredLine(answered: Answered): string {
  return `:white_check_mark: Answered by ${mention(answered.byUserId)} on ${formatUkDate(answered.on)}.`;
}

/**
 * The foot of a post in the leadership channel: the reply button while unanswered, then who
 * answered and when, with the button gone. Pure.
 */
export function replyFooter(options: {
  answered: Answered | null;
  buttonText: string;
  requestId: number;
  askerUserId: string;
}): KnownBlock[] {
  if (options.answered) return [context(answeredLine(options.answered))];
  return [
    actions(ENQUIRY_IDS.postActions, [
      button(
        options.buttonText,
        ENQUIRY_IDS.replyToRequest,
        buttonValue({ id: options.requestId }),
        "primary",
      ),
    ]),
    context(
      `Anyone in the leadership team can reply; the reply goes to ${mention(options.askerUserId)} by direct message.`,
    ),
  ];
}
