import { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";

export const findLastJobRunSchema = z.object({
  job: z.string().trim().min(1, "Name the job."),
  /** Leave this period out, e.g. the one being run now. */
  excludingPeriod: z.string().trim().min(1).optional(),
});
export type FindLastJobRunInput = z.input<typeof findLastJobRunSchema>;

export interface LastJobRun {
  period: string;
  startedAt: Date;
  /** Null while running, or when posting failed. */
  finishedAt: Date | null;
}

/** The job's latest claimed run (started at or before now), or null when it has never run. */
export async function findLastJobRun(
  ctx: ServiceContext,
  input: FindLastJobRunInput,
): Promise<LastJobRun | null> {
  const { job, excludingPeriod } = parseInput(findLastJobRunSchema, input);
  return ctx.db.jobRun.findFirst({
    where: {
      job,
      startedAt: { lte: ctx.now },
      ...(excludingPeriod ? { period: { not: excludingPeriod } } : {}),
    },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: { period: true, startedAt: true, finishedAt: true },
  });
}
