import { z } from "zod";
import { calendarDate, daysBetween } from "../../domain/dates.ts";
import { parseStoredAnswers } from "../../domain/enquiry.ts";
import type { ServiceContext } from "../context.ts";
import { daysInput, parseInput } from "../inputs.ts";
import { PERSON_SUMMARY_SELECT, type PersonSummary, personSummary } from "../person-summary.ts";

const DAY_MS = 86_400_000;

export const listUnansweredEnquiriesSchema = z.object({
  /** Only those waiting more than this many days (default 5). */
  olderThanDays: daysInput(0, 365).default(5),
});
export type ListUnansweredEnquiriesInput = z.input<typeof listUnansweredEnquiriesSchema>;

export interface UnansweredRequest {
  kind: "enquiry" | "training_day_request";
  id: number;
  person: PersonSummary;
  /** One line for the digest, e.g. "Interest form: GP, general practice" or "Training day: Leeds". */
  summary: string;
  createdAt: Date;
  /** Calendar days waiting, in the society's time zone. */
  ageDays: number;
  postChannel: string | null;
  postTs: string | null;
}

const personSelect = { select: PERSON_SUMMARY_SELECT } as const;

/**
 * Enquiries and training-day requests nobody has answered for more than N days, oldest
 * first, for the weekly digest.
 */
export async function listUnansweredEnquiries(
  ctx: ServiceContext,
  input: ListUnansweredEnquiriesInput = {},
): Promise<UnansweredRequest[]> {
  const { olderThanDays } = parseInput(listUnansweredEnquiriesSchema, input);
  const cutoff = new Date(ctx.now.getTime() - olderThanDays * DAY_MS);
  const where = { answeredAt: null, createdAt: { lt: cutoff } };
  const orderBy = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const [enquiries, requests] = await ctx.db.$transaction(async (tx) => [
    await tx.enquiry.findMany({ where, orderBy, include: { person: personSelect } }),
    await tx.trainingDayRequest.findMany({ where, orderBy, include: { person: personSelect } }),
  ]);

  const today = calendarDate(ctx.now, ctx.timeZone);
  const common = (row: (typeof enquiries)[number] | (typeof requests)[number]) => ({
    id: row.id,
    person: personSummary(row.person),
    createdAt: row.createdAt,
    ageDays: daysBetween(calendarDate(row.createdAt, ctx.timeZone), today),
    postChannel: row.postChannel,
    postTs: row.postTs,
  });
  const items: UnansweredRequest[] = [
    ...enquiries.map((row) => {
      const training = parseStoredAnswers(row.answers)?.professionalTraining;
      return {
        kind: "enquiry" as const,
        summary: training ? `Interest form: ${training}` : "Interest form",
        ...common(row),
      };
    }),
    ...requests.map((row) => ({
      kind: "training_day_request" as const,
      summary: `Training day: ${row.area}`,
      ...common(row),
    })),
  ];
  return items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
}
