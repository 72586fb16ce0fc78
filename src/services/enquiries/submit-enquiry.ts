import type { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import { type EnquiryAnswers, enquiryAnswersSchema } from "../../domain/enquiry.ts";
import type { Enquiry, Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";

/** The leadership interest form, as the enquirer fills it in. */
export const submitEnquirySchema = enquiryAnswersSchema;
export type SubmitEnquiryInput = z.input<typeof submitEnquirySchema>;

export interface SubmitEnquiryResult {
  enquiry: Enquiry & { person: Person };
  answers: EnquiryAnswers;
}

/** Stores a leadership interest form for the leadership team to answer. */
export async function submitEnquiry(
  ctx: ServiceContext,
  actor: Actor,
  input: SubmitEnquiryInput,
): Promise<SubmitEnquiryResult> {
  const answers = parseInput(submitEnquirySchema, input);
  return ctx.db.$transaction(async (tx) => {
    const person = await ensurePerson(tx, actor, actor.isAdmin);
    const enquiry = await tx.enquiry.create({
      data: { personId: person.id, answers: JSON.stringify(answers), createdAt: ctx.now },
      include: { person: true },
    });
    await recordAudit(tx, {
      actorId: person.id,
      action: "enquiry.submitted",
      subjectType: "enquiry",
      subjectId: enquiry.id,
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "request.show", subject: "enquiry", id: enquiry.id },
      { type: "request.received", subject: "enquiry", id: enquiry.id },
    ]);
    return { enquiry, answers };
  });
}
