import type { SlackMessage } from "../../../direct-message.ts";
import { context, mention, section } from "../../../views/blocks.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { CERTIFICATES_NOTE } from "./interest-form.ts";
import type { ReplySubject } from "./reply-form.ts";

/** Direct messages to the person who asked. Pure. */

export function enquirySentMessage(): SlackMessage {
  const text =
    "Thank you: your leadership interest form went to the leadership team, who will reply to you here.";
  return { text, blocks: [section(`:white_check_mark: ${text}`), context(CERTIFICATES_NOTE)] };
}

export function trainingDayRequestSentMessage(area: string): SlackMessage {
  const text = `Thank you: your request for a leaders' training day in ${escapeMrkdwn(area)} went to the leadership team, who will reply to you here.`;
  return { text, blocks: [section(`:white_check_mark: ${text}`)] };
}

const ASKED: Record<ReplySubject, string> = {
  enquiry: "your leadership interest enquiry",
  training_day_request: "your request for a leaders' training day",
};

/** The leadership team's reply, with who wrote it. */
export function replyMessage(options: {
  subject: ReplySubject;
  replierUserId: string;
  reply: string;
}): SlackMessage {
  const opening = `${mention(options.replierUserId)} from the leadership team replied to ${ASKED[options.subject]}:`;
  return {
    text: `${opening}\n${escapeMrkdwn(options.reply)}`,
    blocks: [section(`:speech_balloon: ${opening}`), section(escapeMrkdwn(options.reply))],
  };
}
