import { z } from "zod";
import { recordAudit } from "../db/audit.ts";
import { ensurePerson } from "../db/people.ts";
import { AppError } from "../domain/app-error.ts";
import { calendarDate, formatUkDate } from "../domain/dates.ts";
import { alreadyRepliedMessage } from "../domain/enquiry.ts";
import type { Person, TrainingDayRequest } from "../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "./context.ts";
import { idInput, mention, parseInput } from "./inputs.ts";
import { REPLY_MAX, REPLY_MIN } from "./reply-to-enquiry.ts";

export const replyToTrainingDayRequestSchema = z.object({
  requestId: idInput,
  reply: z
    .string({ error: "Please write a reply." })
    .trim()
    .min(REPLY_MIN, `Please write a reply of at least ${REPLY_MIN} characters.`)
    .max(REPLY_MAX, `Please keep the reply to ${REPLY_MAX} characters or fewer.`),
});
export type ReplyToTrainingDayRequestInput = z.input<typeof replyToTrainingDayRequestSchema>;

export type AnsweredTrainingDayRequest = TrainingDayRequest & {
  person: Person;
  answeredBy: Person | null;
};

/** A leadership-team member answers a training-day request; only the first reply counts. */
export async function replyToTrainingDayRequest(
  ctx: ServiceContext,
  actor: Actor,
  input: ReplyToTrainingDayRequestInput,
): Promise<AnsweredTrainingDayRequest> {
  const { requestId, reply } = parseInput(replyToTrainingDayRequestSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const replier = await ensurePerson(tx, actor, actor.isAdmin);
    const claimed = await tx.trainingDayRequest.updateMany({
      where: { id: requestId, answeredAt: null },
      data: { reply, answeredById: replier.id, answeredAt: ctx.now },
    });
    const request = await tx.trainingDayRequest.findUnique({
      where: { id: requestId },
      include: { person: true, answeredBy: true },
    });
    if (!request) {
      throw new AppError("NOT_FOUND", "That training-day request no longer exists.", {
        requestId,
      });
    }
    if (claimed.count === 0) {
      const by = request.answeredBy;
      const name = by ? (by.displayName ?? mention(by)) : "Someone";
      const day = request.answeredAt
        ? formatUkDate(calendarDate(request.answeredAt, ctx.timeZone))
        : "an earlier day";
      throw new AppError("ALREADY_DECIDED", alreadyRepliedMessage(name, day), {
        requestId,
        answeredById: request.answeredById,
      });
    }
    await recordAudit(tx, {
      actorId: replier.id,
      action: "training_day.answered",
      subjectType: "training_day_request",
      subjectId: request.id,
      at: ctx.now,
    });
    return request;
  });
}
