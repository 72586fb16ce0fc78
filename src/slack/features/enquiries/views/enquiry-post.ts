import type { KnownBlock } from "@slack/types";
import { formatUkDate } from "../../../../domain/dates.ts";
import { type EnquiryAnswers, enquiryLines } from "../../../../domain/enquiry.ts";
import type { SlackMessage } from "../../../direct-message.ts";
import { fields, mention, section } from "../../../views/blocks.ts";
import { SLACK_LIMITS } from "../../../views/limits.ts";
import { escapeMrkdwn } from "../../../views/mrkdwn.ts";
import { ENQUIRY_IDS } from "../ids.ts";
import { type Answered, answeredLine, replyFooter } from "./post-status.ts";

export interface EnquiryPost {
  enquiryId: number;
  enquirerUserId: string;
  /** Null when the stored answers no longer fit the form. */
  answers: EnquiryAnswers | null;
  /** "YYYY-MM-DD". */
  receivedOn: string;
  answered: Answered | null;
}

/** Answers longer than this get a section of their own, so a field never cuts them short. */
const FIELD_VALUE_MAX = SLACK_LIMITS.fieldText - 100;

/** An enquiry as the leadership team sees it in their channel. Pure. */
export function enquiryPostMessage(post: EnquiryPost): SlackMessage {
  const who = mention(post.enquirerUserId);
  const lines = post.answers ? enquiryLines(post.answers) : [];
  const short = lines.filter((line) => line.value.length <= FIELD_VALUE_MAX);
  const long = lines.filter((line) => line.value.length > FIELD_VALUE_MAX);
  const answerBlocks: KnownBlock[] = post.answers
    ? [
        fields(short.map((line) => [line.label, escapeMrkdwn(line.value)] as const)),
        ...long.map((line) => section(`*${line.label}*\n${escapeMrkdwn(line.value)}`)),
      ]
    : [section("_The answers can no longer be read._")];
  const status = post.answered ? ` ${answeredLine(post.answered)}` : "";
  return {
    text: `Leadership interest enquiry from ${who}.${status}`,
    blocks: [
      section(
        `:envelope_with_arrow: *Leadership interest enquiry* from ${who}, received ${formatUkDate(post.receivedOn)}.`,
      ),
      ...answerBlocks,
      ...replyFooter({
        answered: post.answered,
        actionId: ENQUIRY_IDS.replyToEnquiry,
        buttonText: "Reply with advice",
        subjectId: post.enquiryId,
        askerUserId: post.enquirerUserId,
      }),
    ],
  };
}
