import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import { calendarDate, formatUkDate } from "../../domain/dates.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { Enquiry, Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";

export const REPLY_MIN = 5;
export const REPLY_MAX = 3000;

/** What a leadership-team member writes back to an enquiry or a training-day request. */
export const replyInput = z
  .string({ error: "Please write a reply." })
  .trim()
  .min(REPLY_MIN, `Please write a reply of at least ${REPLY_MIN} characters.`)
  .max(REPLY_MAX, `Please keep the reply to ${REPLY_MAX} characters or fewer.`)
  .superRefine(refusePatientDetails);

export const replyToEnquirySchema = z.object({ enquiryId: idInput, reply: replyInput });
export type ReplyToEnquiryInput = z.input<typeof replyToEnquirySchema>;

export type AnsweredEnquiry = Enquiry & { person: Person; answeredBy: Person | null };

/** The refusal of a second reply: only the first counts, so say who replied and when. */
export function alreadyRepliedError(
  answered: { answeredBy: Person | null; answeredAt: Date | null },
  timeZone: string,
  details: Record<string, unknown>,
): AppError {
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
    details,
  );
}

/**
 * A leadership-team member answers an enquiry (the Slack layer checks they are in the team's
 * channel). Only the first reply counts; a second is refused with who replied and when.
 */
export async function replyToEnquiry(
  ctx: ServiceContext,
  actor: Actor,
  input: ReplyToEnquiryInput,
): Promise<AnsweredEnquiry> {
  const { enquiryId, reply } = parseInput(replyToEnquirySchema, input);
  return ctx.db.$transaction(async (tx) => {
    const replier = await ensurePerson(tx, actor, actor.isAdmin);
    const claimed = await tx.enquiry.updateMany({
      where: { id: enquiryId, answeredAt: null },
      data: { reply, answeredById: replier.id, answeredAt: ctx.now },
    });
    const enquiry = await tx.enquiry.findUnique({
      where: { id: enquiryId },
      include: { person: true, answeredBy: true },
    });
    if (!enquiry) {
      throw new AppError("NOT_FOUND", "That enquiry no longer exists.", { enquiryId });
    }
    if (claimed.count === 0) {
      throw alreadyRepliedError(enquiry, ctx.timeZone, {
        enquiryId,
        answeredById: enquiry.answeredById,
      });
    }
    await recordAudit(tx, {
      actorId: replier.id,
      action: "enquiry.answered",
      subjectType: "enquiry",
      subjectId: enquiry.id,
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "request.show", subject: "enquiry", id: enquiry.id },
      { type: "request.answered", subject: "enquiry", id: enquiry.id },
    ]);
    return enquiry;
  });
}
