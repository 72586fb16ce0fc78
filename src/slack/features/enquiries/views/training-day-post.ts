import { formatUkDate } from "../../../../domain/dates.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { fields, mention, section } from "../../../views/blocks.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { ENQUIRY_IDS } from "../ids.ts";
import { type Answered, answeredLine, replyFooter } from "./post-status.ts";

export interface TrainingDayPost {
  requestId: number;
  requesterUserId: string;
  area: string;
  details: string | null;
  /** "YYYY-MM-DD". */
  receivedOn: string;
  answered: Answered | null;
}

/** A request for a leaders' training day as the leadership team sees it. Pure. */
export function trainingDayPostMessage(post: TrainingDayPost): SlackMessage {
  const who = mention(post.requesterUserId);
  const status = post.answered ? ` ${answeredLine(post.answered)}` : "";
  return {
    text: `${who} asks for a leaders' training day in ${escapeMrkdwn(post.area)}.${status}`,
    blocks: [
      section(
        `:calendar: *Leaders' training day request* from ${who}, received ${formatUkDate(post.receivedOn)}.`,
      ),
      fields([
        ["Area", escapeMrkdwn(post.area)],
        ["Details", post.details ? escapeMrkdwn(post.details) : "—"],
      ]),
      ...replyFooter({
        answered: post.answered,
        actionId: ENQUIRY_IDS.replyToTrainingDay,
        buttonText: "Reply to request",
        subjectId: post.requestId,
        askerUserId: post.requesterUserId,
      }),
    ],
  };
}
