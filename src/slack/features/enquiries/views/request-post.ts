import type { KnownBlock } from "@slack/types";
import { formatUkDate } from "../../../../domain/dates.ts";
import { type EnquiryAnswers, enquiryLines } from "../../../../domain/enquiry.ts";
import type { TrainingDayAnswers } from "../../../../domain/leadership-request.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { fields, mention, section } from "../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../views/limits.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { type Answered, answeredLine, replyFooter } from "./post-status.ts";

/** What was asked: the interest form's answers (null when they no longer fit the form), or a training day. */
export type RequestContent =
  | { kind: "interest_form"; answers: EnquiryAnswers | null }
  | { kind: "training_day"; answers: TrainingDayAnswers };

export interface RequestPost {
  requestId: number;
  askerUserId: string;
  content: RequestContent;
  /** "YYYY-MM-DD". */
  receivedOn: string;
  answered: Answered | null;
}

/** Answers longer than this get a section of their own, so a field never cuts them short. */
const FIELD_VALUE_MAX = SLACK_LIMITS.fieldText - 100;

function interestFormBlocks(answers: EnquiryAnswers | null): KnownBlock[] {
  if (!answers) return [section("_The answers can no longer be read._")];
  const lines = enquiryLines(answers);
  const short = lines.filter((line) => line.value.length <= FIELD_VALUE_MAX);
  const long = lines.filter((line) => line.value.length > FIELD_VALUE_MAX);
  return [
    fields(short.map((line) => [line.label, escapeMrkdwn(line.value)] as const)),
    ...long.map((line) => section(`*${line.label}*\n${escapeMrkdwn(line.value)}`)),
  ];
}

/** The heading, the answers, the summary for notifications and the reply button's words. */
function parts(post: RequestPost, who: string) {
  const received = formatUkDate(post.receivedOn);
  const { content } = post;
  if (content.kind === "interest_form") {
    return {
      summary: `Leadership interest enquiry from ${who}.`,
      heading: `:envelope_with_arrow: *Leadership interest enquiry* from ${who}, received ${received}.`,
      blocks: interestFormBlocks(content.answers),
      buttonText: "Reply with advice",
    };
  }
  const { area, details } = content.answers;
  return {
    summary: `${who} asks for a leaders' training day in ${escapeMrkdwn(area)}.`,
    heading: `:calendar: *Leaders' training day request* from ${who}, received ${received}.`,
    blocks: [
      fields([
        ["Area", escapeMrkdwn(area)],
        ["Details", details ? escapeMrkdwn(details) : "—"],
      ]),
    ],
    buttonText: "Reply to request",
  };
}

/** A request as the leadership team sees it in their channel. Pure. */
export function requestPostMessage(post: RequestPost): SlackMessage {
  const who = mention(post.askerUserId);
  const { summary, heading, blocks, buttonText } = parts(post, who);
  const status = post.answered ? ` ${answeredLine(post.answered)}` : "";
  return {
    text: `${summary}${status}`,
    blocks: [
      section(heading),
      ...blocks,
      ...replyFooter({
        answered: post.answered,
        buttonText,
        requestId: post.requestId,
        askerUserId: post.askerUserId,
      }),
    ],
  };
}
