import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import { calendarDate, formatUkDate } from "../../domain/dates.ts";
import {
  type LeadershipRequestKind,
  leadershipRequestKind,
} from "../../domain/leadership-request.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { LeadershipRequest, Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";

export const REPLY_MIN = 5;
export const REPLY_MAX = 3000;

/** What a leadership-team member writes back to a request. */
export const replyInput = z
  .string({ error: "Please write a reply." })
  .trim()
  .min(REPLY_MIN, `Please write a reply of at least ${REPLY_MIN} characters.`)
  .max(REPLY_MAX, `Please keep the reply to ${REPLY_MAX} characters or fewer.`)
  .superRefine(refusePatientDetails);

export const replyToLeadershipRequestSchema = z.object({ requestId: idInput, reply: replyInput });
export type ReplyToLeadershipRequestInput = z.input<typeof replyToLeadershipRequestSchema>;

export type AnsweredRequest = LeadershipRequest & { person: Person; answeredBy: Person | null };

const AUDIT_ACTION: Record<LeadershipRequestKind, string> = {
  interest_form: "enquiry.answered",
  training_day: "training_day.answered",
};

/** The refusal of a second reply: only the first counts, so say who replied and when. */
function alreadyRepliedError(answered: AnsweredRequest, timeZone: string): AppError {
  const by = answered.answeredBy;
  const day = answered.answeredAt
    ? formatUkDate(calendarDate(answered.answeredAt, timeZone))
    : "an earlier day";
  return AppError.refuse(
    "ALREADY_DECIDED",
    {
      reason: "already_replied",
      by: by ? { userId: by.slackUserId, displayName: by.displayName } : null,
      day,
    },
    { requestId: answered.id, answeredById: answered.answeredById },
  );
}

/**
 * A leadership-team member answers a request (the Slack layer checks they are in the team's
 * channel). Only the first reply counts; a second is refused with who replied and when.
 */
export async function replyToLeadershipRequest(
  ctx: ServiceContext,
  actor: Actor,
  input: ReplyToLeadershipRequestInput,
): Promise<AnsweredRequest> {
  const { requestId, reply } = parseInput(replyToLeadershipRequestSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const replier = await ensurePerson(tx, actor, actor.isAdmin);
    const claimed = await tx.leadershipRequest.updateMany({
      where: { id: requestId, answeredAt: null },
      data: { reply, answeredById: replier.id, answeredAt: ctx.now },
    });
    const request = await tx.leadershipRequest.findUnique({
      where: { id: requestId },
      include: { person: true, answeredBy: true },
    });
    if (!request) {
      throw new AppError("NOT_FOUND", "That request no longer exists.", { requestId });
    }
    if (claimed.count === 0) throw alreadyRepliedError(request, ctx.timeZone);
    await recordAudit(tx, {
      actorId: replier.id,
      action: AUDIT_ACTION[leadershipRequestKind.parse(request.kind)],
      subjectType: "leadership_request",
      subjectId: request.id,
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "request.show", id: request.id },
      { type: "request.answered", id: request.id },
    ]);
    return request;
  });
}
