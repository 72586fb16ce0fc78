import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import { enquiryAnswersSchema } from "../../domain/enquiry.ts";
import {
  type LeadershipRequestKind,
  trainingDayAnswersSchema,
} from "../../domain/leadership-request.ts";
import type { LeadershipRequest, Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";

/** The interest form's answers, or where and why a training day is wanted. */
export const submitLeadershipRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("interest_form"), answers: enquiryAnswersSchema }),
  z.object({ kind: z.literal("training_day"), answers: trainingDayAnswersSchema }),
]);
export type SubmitLeadershipRequestInput = z.input<typeof submitLeadershipRequestSchema>;

const AUDIT_ACTION: Record<LeadershipRequestKind, string> = {
  interest_form: "enquiry.submitted",
  training_day: "training_day.requested",
};

/** Stores a request for the leadership team to answer; its post and the asker's notice follow. */
export async function submitLeadershipRequest(
  ctx: ServiceContext,
  actor: Actor,
  input: SubmitLeadershipRequestInput,
): Promise<LeadershipRequest & { person: Person }> {
  const parsed = parseInput(submitLeadershipRequestSchema, input);
  const content =
    parsed.kind === "interest_form"
      ? { answers: JSON.stringify(parsed.answers) }
      : { area: parsed.answers.area, details: parsed.answers.details };
  return ctx.db.$transaction(async (tx) => {
    const person = await ensurePerson(tx, actor, actor.isAdmin);
    const request = await tx.leadershipRequest.create({
      data: { kind: parsed.kind, personId: person.id, ...content, createdAt: ctx.now },
      include: { person: true },
    });
    await recordAudit(tx, {
      actorId: person.id,
      action: AUDIT_ACTION[parsed.kind],
      subjectType: "leadership_request",
      subjectId: request.id,
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "request.show", id: request.id },
      { type: "request.received", id: request.id },
    ]);
    return request;
  });
}
