import { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";

export const finishJobRunSchema = z.object({ runId: idInput });
export type FinishJobRunInput = z.input<typeof finishJobRunSchema>;

/** Marks a claimed run as done. A run whose posting failed keeps finishedAt empty. */
export async function finishJobRun(ctx: ServiceContext, input: FinishJobRunInput): Promise<void> {
  const { runId } = parseInput(finishJobRunSchema, input);
  await ctx.db.jobRun.update({ where: { id: runId }, data: { finishedAt: ctx.now } });
}
