import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Person, TrainingDayRequest } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";
import { alreadyRepliedError, replyInput } from "./reply-to-enquiry.ts";

export const replyToTrainingDayRequestSchema = z.object({
  requestId: idInput,
  reply: replyInput,
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
      throw alreadyRepliedError(request, ctx.timeZone, {
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
    await recordEffects(tx, [
      { type: "request.show", subject: "training_day_request", id: request.id },
      { type: "request.answered", subject: "training_day_request", id: request.id },
    ]);
    return request;
  });
}
