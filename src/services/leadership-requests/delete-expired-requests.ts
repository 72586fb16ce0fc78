import { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";

export const deleteExpiredRequestsSchema = z.object({
  /** Keep answered enquiries and training-day requests this many months after their answer. */
  months: z.number().int().min(1).max(600),
});
export type DeleteExpiredRequestsInput = z.input<typeof deleteExpiredRequestsSchema>;

export interface DeletedRequests {
  enquiries: number;
  trainingDayRequests: number;
}

/** The moment `months` calendar months before `now` (the 31st falls back to the month's end). */
export function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(
    Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0),
  ).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}

/**
 * Retention: deletes enquiries and training-day requests answered more than `months` ago.
 * Unanswered ones stay, however old: the leadership team still owes them a reply.
 */
export async function deleteExpiredRequests(
  ctx: ServiceContext,
  input: DeleteExpiredRequestsInput,
): Promise<DeletedRequests> {
  const { months } = parseInput(deleteExpiredRequestsSchema, input);
  const where = { answeredAt: { lt: monthsBefore(ctx.now, months) } };
  return ctx.db.$transaction(async (tx) => {
    const requests = tx.leadershipRequest;
    const enquiries = await requests.deleteMany({ where: { ...where, kind: "interest_form" } });
    const trainingDayRequests = await requests.deleteMany({
      where: { ...where, kind: "training_day" },
    });
    return { enquiries: enquiries.count, trainingDayRequests: trainingDayRequests.count };
  });
}
