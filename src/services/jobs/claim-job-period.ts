import { z } from "zod";
import { recordEffects } from "../../db/outbox.ts";
import type { Effect } from "../../domain/effects.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";

export const jobPeriodSchema = z.object({
  /** e.g. "digest", "reminders", "confirmations-reminder:12". */
  job: z.string().trim().min(1, "Name the job.").max(100, "The job's name is too long."),
  /** e.g. "2026-W48" or "2026-11-26". */
  period: z.string().trim().min(1, "Name the period.").max(100, "The period is too long."),
});
export type JobPeriodInput = z.input<typeof jobPeriodSchema>;

export type ClaimResult = { claimed: true; runId: number } | { claimed: false };

/**
 * Claims a job's period before any work is posted: one row per (job, period), so a restart, a
 * second instance or a catch-up that finds the row taken does nothing.
 */
export async function claimJobPeriod(
  ctx: ServiceContext,
  input: JobPeriodInput,
): Promise<ClaimResult> {
  const { job, period } = parseInput(jobPeriodSchema, input);
  try {
    const run = await ctx.db.jobRun.create({ data: { job, period, startedAt: ctx.now } });
    return { claimed: true, runId: run.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { claimed: false };
    }
    throw error;
  }
}

/**
 * Claims a period whose whole work is telling Slack: when claimed, records the effects for the
 * outbox, then marks the run finished. Three single statements rather than one transaction: a
 * transaction would hold SQLite's write lock across awaits, and a second connection in the same
 * process (two instances under test) would then wait on it synchronously, stalling both. A crash
 * between them leaves the run unfinished, as a run that failed after its claim is.
 */
export async function claimJobPeriodToRecord(
  ctx: ServiceContext,
  input: JobPeriodInput,
  effects: readonly Effect[],
): Promise<ClaimResult> {
  const claimed = await claimJobPeriod(ctx, input);
  if (!claimed.claimed) return claimed;
  await recordEffects(ctx.db, effects);
  await ctx.db.jobRun.update({ where: { id: claimed.runId }, data: { finishedAt: ctx.now } });
  return claimed;
}
