import { calendarDate } from "../../../../domain/dates.ts";
import { parseStoredAnswers } from "../../../../domain/enquiry.ts";
import type { Actor, ServiceContext } from "../../../../services/context.ts";
import { replyToEnquiry } from "../../../../services/enquiries/reply-to-enquiry.ts";
import { replyToTrainingDayRequest } from "../../../../services/enquiries/reply-to-training-day-request.ts";
import type { PostedMessage, SlackMessage } from "../../../direct-message.ts";
import { enquiryPostMessage } from "../views/enquiry-post.ts";
import type { ReplySubject } from "../views/reply-form.ts";
import { trainingDayPostMessage } from "../views/training-day-post.ts";

/** What the Slack layer needs once a reply is recorded: whom to tell, and the post to update. */
export interface RecordedReply {
  askerUserId: string;
  /** Where the leadership team's post is, if it was recorded. */
  post: PostedMessage | null;
  /** The post as it reads now, answered and without its button. */
  answeredPost: SlackMessage;
}

type Replier = (
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  reply: string,
) => Promise<RecordedReply>;

function postOf(row: { postChannel: string | null; postTs: string | null }): PostedMessage | null {
  return row.postChannel && row.postTs ? { channel: row.postChannel, ts: row.postTs } : null;
}

function answeredOn(ctx: ServiceContext, answeredAt: Date | null): string {
  return calendarDate(answeredAt ?? ctx.now, ctx.timeZone);
}

/** The reply use case for each kind of post, and the answered post it leaves behind. */
export const REPLIERS: Record<ReplySubject, Replier> = {
  enquiry: async (ctx, actor, enquiryId, reply) => {
    const enquiry = await replyToEnquiry(ctx, actor, { enquiryId, reply });
    return {
      askerUserId: enquiry.person.slackUserId,
      post: postOf(enquiry),
      answeredPost: enquiryPostMessage({
        enquiryId: enquiry.id,
        enquirerUserId: enquiry.person.slackUserId,
        answers: parseStoredAnswers(enquiry.answers),
        receivedOn: calendarDate(enquiry.createdAt, ctx.timeZone),
        answered: { byUserId: actor.userId, on: answeredOn(ctx, enquiry.answeredAt) },
      }),
    };
  },
  training_day_request: async (ctx, actor, requestId, reply) => {
    const request = await replyToTrainingDayRequest(ctx, actor, { requestId, reply });
    return {
      askerUserId: request.person.slackUserId,
      post: postOf(request),
      answeredPost: trainingDayPostMessage({
        requestId: request.id,
        requesterUserId: request.person.slackUserId,
        area: request.area,
        details: request.details,
        receivedOn: calendarDate(request.createdAt, ctx.timeZone),
        answered: { byUserId: actor.userId, on: answeredOn(ctx, request.answeredAt) },
      }),
    };
  },
};
