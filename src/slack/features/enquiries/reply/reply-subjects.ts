import type { Actor, ServiceContext } from "../../../../services/context.ts";
import { replyToEnquiry } from "../../../../services/enquiries/reply-to-enquiry.ts";
import { replyToTrainingDayRequest } from "../../../../services/enquiries/reply-to-training-day-request.ts";
import type { ReplySubject } from "../views/reply-form.ts";

type Replier = (ctx: ServiceContext, actor: Actor, id: number, reply: string) => Promise<unknown>;

/** The reply use case for each kind of post; the answered post and the DM follow from the outbox. */
export const REPLIERS: Record<ReplySubject, Replier> = {
  enquiry: (ctx, actor, enquiryId, reply) => replyToEnquiry(ctx, actor, { enquiryId, reply }),
  training_day_request: (ctx, actor, requestId, reply) =>
    replyToTrainingDayRequest(ctx, actor, { requestId, reply }),
};
