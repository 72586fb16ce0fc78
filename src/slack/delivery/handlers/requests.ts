import { calendarDate } from "../../../domain/dates.ts";
import { parseStoredAnswers } from "../../../domain/enquiry.ts";
import {
  enquiryToShow,
  trainingDayRequestToShow,
} from "../../../services/delivery/delivery-reads.ts";
import { recordPost } from "../../../services/record-post.ts";
import type { BotDeps } from "../../deps.ts";
import { serviceContext } from "../../deps.ts";
import type { SlackMessage } from "../../direct-message.ts";
import { enquiryPostMessage } from "../../features/enquiries/views/enquiry-post.ts";
import {
  enquirySentMessage,
  replyMessage,
  trainingDayRequestSentMessage,
} from "../../features/enquiries/views/messages.ts";
import { trainingDayPostMessage } from "../../features/enquiries/views/training-day-post.ts";
import { directMessageOnce, postOnce } from "../post-once.ts";
import type { EffectHandler } from "./types.ts";

type Subject = "enquiry" | "training_day_request";

/** A request to the leadership team as it stands now, with what each notice needs. */
interface RequestNow {
  askerUserId: string;
  post: { channel: string; ts: string } | null;
  postMessage: SlackMessage;
  sentMessage: SlackMessage;
  reply: { text: string; byUserId: string } | null;
}

async function requestNow(deps: BotDeps, subject: Subject, id: number): Promise<RequestNow | null> {
  const zone = deps.config.TIMEZONE;
  const row =
    subject === "enquiry"
      ? await enquiryToShow(serviceContext(deps), id)
      : await trainingDayRequestToShow(serviceContext(deps), id);
  if (!row) return null;
  const answered =
    row.answeredAt && row.answeredBy
      ? { byUserId: row.answeredBy.slackUserId, on: calendarDate(row.answeredAt, zone) }
      : null;
  const common = {
    askerUserId: row.person.slackUserId,
    post: row.postChannel && row.postTs ? { channel: row.postChannel, ts: row.postTs } : null,
    reply: row.reply && answered ? { text: row.reply, byUserId: answered.byUserId } : null,
  };
  const receivedOn = calendarDate(row.createdAt, zone);
  if ("answers" in row) {
    return {
      ...common,
      postMessage: enquiryPostMessage({
        enquiryId: row.id,
        enquirerUserId: row.person.slackUserId,
        answers: parseStoredAnswers(row.answers),
        receivedOn,
        answered,
      }),
      sentMessage: enquirySentMessage(),
    };
  }
  return {
    ...common,
    postMessage: trainingDayPostMessage({
      requestId: row.id,
      requesterUserId: row.person.slackUserId,
      area: row.area,
      details: row.details,
      receivedOn,
      answered,
    }),
    sentMessage: trainingDayRequestSentMessage(row.area),
  };
}

/** Posts the request to the leadership team, or redraws the post it already has. */
export const showRequest: EffectHandler<"request.show"> = async (
  { deps, client, item },
  effect,
) => {
  const now = await requestNow(deps, effect.subject, effect.id);
  if (!now) return;
  if (now.post) {
    await client.chat.update({ ...now.post, ...now.postMessage });
    return;
  }
  const posted = await postOnce(
    client,
    item,
    { channel: deps.config.LEADERSHIP_CHANNEL_ID, part: "post" },
    now.postMessage,
  );
  await recordPost(serviceContext(deps), { subject: effect.subject, id: effect.id, ...posted });
};

export const tellRequestReceived: EffectHandler<"request.received"> = async (
  { deps, client, item },
  effect,
) => {
  const now = await requestNow(deps, effect.subject, effect.id);
  if (!now) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: now.askerUserId, part: "sent" },
    now.sentMessage,
  );
};

export const tellRequestAnswered: EffectHandler<"request.answered"> = async (
  { deps, client, item },
  effect,
) => {
  const now = await requestNow(deps, effect.subject, effect.id);
  if (!now?.reply) return;
  await directMessageOnce(
    client,
    item,
    { slackUserId: now.askerUserId, part: "reply" },
    replyMessage({
      subject: effect.subject,
      replierUserId: now.reply.byUserId,
      reply: now.reply.text,
    }),
  );
};
