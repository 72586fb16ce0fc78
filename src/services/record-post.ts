import { z } from "zod";
import { AppError } from "../domain/app-error.ts";
import type { ServiceContext } from "./context.ts";
import { idInput, parseInput } from "./inputs.ts";

export const POST_SUBJECTS = ["leadership_request", "application"] as const;
export type PostSubject = (typeof POST_SUBJECTS)[number];

const SUBJECT_NAMES: Record<PostSubject, string> = {
  leadership_request: "request",
  application: "application",
};

export const recordPostSchema = z.object({
  subject: z.enum(POST_SUBJECTS),
  id: idInput,
  /** A Slack channel id, e.g. "C0123ABCD". */
  channel: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{1,40}$/, "That is not a Slack channel id."),
  /** A Slack message timestamp, e.g. "1764151200.000100". */
  ts: z
    .string()
    .trim()
    .regex(/^\d{1,12}\.\d{1,9}$/, "That is not a Slack message timestamp."),
});
export type RecordPostInput = z.input<typeof recordPostSchema>;

/**
 * Remembers the Slack message that carries a request to the leadership team or an application,
 * so its buttons can find it and later updates can edit it. Bot bookkeeping: no audit row.
 */
export async function recordPost(ctx: ServiceContext, input: RecordPostInput): Promise<void> {
  const { subject, id, channel, ts } = parseInput(recordPostSchema, input);
  const data = { postChannel: channel, postTs: ts };
  await ctx.db.$transaction(async (tx) => {
    const where = { id };
    const updated =
      subject === "leadership_request"
        ? await tx.leadershipRequest.updateMany({ where, data })
        : await tx.application.updateMany({ where, data });
    if (updated.count === 0) {
      throw new AppError("NOT_FOUND", `That ${SUBJECT_NAMES[subject]} no longer exists.`, {
        subject,
        id,
      });
    }
  });
}
