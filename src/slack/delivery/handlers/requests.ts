import { calendarDate } from "../../../domain/dates.ts";
import { parseStoredAnswers } from "../../../domain/enquiry.ts";
import { leadershipRequestKind } from "../../../domain/leadership-request.ts";
import { leadershipRequestToShow } from "../../../services/delivery/delivery-reads.ts";
import type { BotDeps } from "../../deps.ts";
import { serviceContext } from "../../deps.ts";
import type { SlackMessage } from "../../direct-message.ts";
import { replyMessage, requestSentMessage } from "../../features/enquiries/views/messages.ts";
import {
  type RequestContent,
  requestPostMessage,
} from "../../features/enquiries/views/request-post.ts";
import { recordOrRedactPost, redactEarlierPost } from "../erased-posts.ts";
import { directMessageOnce, postOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

/** A request to the leadership team as it stands now, with what each notice needs. */
interface RequestNow {
  askerUserId: string;
  content: RequestContent;
  post: { channel: string; ts: string } | null;
  postMessage: SlackMessage;
  reply: { text: string; byUserId: string } | null;
}

async function requestNow(deps: BotDeps, id: number): Promise<RequestNow | null> {
  const zone = deps.config.TIMEZONE;
  const row = await leadershipRequestToShow(serviceContext(deps), id);
  if (!row) return null;
  const answered =
    row.answeredAt && row.answeredBy
      ? { byUserId: row.answeredBy.slackUserId, on: calendarDate(row.answeredAt, zone) }
      : null;
  const content: RequestContent =
    leadershipRequestKind.parse(row.kind) === "interest_form"
      ? { kind: "interest_form", answers: row.answers ? parseStoredAnswers(row.answers) : null }
      : { kind: "training_day", answers: { area: row.area ?? "", details: row.details } };
  return {
    askerUserId: row.person.slackUserId,
    content,
    post: row.postChannel && row.postTs ? { channel: row.postChannel, ts: row.postTs } : null,
    postMessage: requestPostMessage({
      requestId: row.id,
      askerUserId: row.person.slackUserId,
      content,
      receivedOn: calendarDate(row.createdAt, zone),
      answered,
    }),
    reply: row.reply && answered ? { text: row.reply, byUserId: answered.byUserId } : null,
  };
}

/**
 * Posts the request to the leadership team, or redraws the post it already has; a post made
 * while the request was erased says its content was removed.
 */
export const showRequest: EffectHandler<"request.show"> = async (
  { deps, client, item },
  effect,
) => {
  const target = { channel: deps.config.LEADERSHIP_CHANNEL_ID, part: "post" };
  const now = await requestNow(deps, effect.id);
  if (!now) {
    await redactEarlierPost(client, item, target);
    return;
  }
  if (now.post) {
    await client.chat.update({ ...now.post, ...now.postMessage });
    return;
  }
  const posted = await postOnce(client, item, target, now.postMessage);
  await recordOrRedactPost(deps, client, { subject: "leadership_request", id: effect.id }, posted);
};

export const tellRequestReceived: EffectHandler<"request.received"> = async (
  { deps, client, item },
  effect,
) => {
  const now = await requestNow(deps, effect.id);
  if (!now) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: now.askerUserId, part: "sent" },
    requestSentMessage(now.content),
  );
};

export const tellRequestAnswered: EffectHandler<"request.answered"> = async (
  { deps, client, item },
  effect,
) => {
  const now = await requestNow(deps, effect.id);
  if (!now?.reply) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: now.askerUserId, part: "reply" },
    replyMessage({
      kind: now.content.kind,
      replierUserId: now.reply.byUserId,
      reply: now.reply.text,
    }),
  );
};
