import type { LeadershipRequestKind } from "../../../../domain/leadership-request.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { context, mention, section } from "../../../views/blocks.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { CERTIFICATES_NOTE } from "./interest-form.ts";
import type { RequestContent } from "./request-post.ts";

/** Direct messages to the person who asked. Pure. */

/** The notice that the request reached the leadership team. */
export function requestSentMessage(content: RequestContent): SlackMessage {
  if (content.kind === "interest_form") {
    const text =
      "Thank you: your leadership interest form went to the leadership team, who will reply to you here.";
    return { text, blocks: [section(`:white_check_mark: ${text}`), context(CERTIFICATES_NOTE)] };
  }
  const text = `Thank you: your request for a leaders' training day in ${escapeMrkdwn(content.answers.area)} went to the leadership team, who will reply to you here.`;
  return { text, blocks: [section(`:white_check_mark: ${text}`)] };
}

const ASKED: Record<LeadershipRequestKind, string> = {
  interest_form: "your leadership interest enquiry",
  training_day: "your request for a leaders' training day",
};

/** The leadership team's reply, with who wrote it. */
export function replyMessage(options: {
  kind: LeadershipRequestKind;
  replierUserId: string;
  reply: string;
}): SlackMessage {
  const opening = `${mention(options.replierUserId)} from the leadership team replied to ${ASKED[options.kind]}:`;
  return {
    text: `${opening}\n${escapeMrkdwn(options.reply)}`,
    blocks: [section(`:speech_balloon: ${opening}`), section(escapeMrkdwn(options.reply))],
  };
}
