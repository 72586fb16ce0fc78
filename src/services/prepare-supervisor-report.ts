import { z } from "zod";
import { isActiveSupervisor } from "../db/leaders.ts";
import { findPerson } from "../db/people.ts";
import { AppError } from "../domain/app-error.ts";
import type { Actor, ServiceContext } from "./context.ts";
import { mention, parseInput, personRefInput } from "./inputs.ts";

export const prepareSupervisorReportInput = z.object({ trainee: personRefInput });
export type PrepareSupervisorReportInput = z.input<typeof prepareSupervisorReportInput>;

export interface PrepareSupervisorReportResult {
  trainee: { id: number; slackUserId: string };
  /** This supervisor's latest report for the trainee, to start from; null for a first report. */
  previous: { text: string; readyToApply: boolean; submittedAt: Date } | null;
}

/** Opening the report form: only the trainee's active supervisor; reads only. */
export async function prepareSupervisorReport(
  ctx: ServiceContext,
  actor: Actor,
  input: PrepareSupervisorReportInput,
): Promise<PrepareSupervisorReportResult> {
  const { trainee: traineeRef } = parseInput(prepareSupervisorReportInput, input);
  return ctx.db.$transaction(async (tx) => {
    const supervisor = await findPerson(tx, actor);
    const trainee = await findPerson(tx, traineeRef);
    const allowed =
      supervisor && trainee && (await isActiveSupervisor(tx, supervisor.id, trainee.id));
    if (!allowed) {
      throw new AppError(
        "FORBIDDEN",
        `Only ${mention(traineeRef)}'s supervisor can write their supervisor's report.`,
      );
    }
    const previous = await tx.supervisorReport.findFirst({
      where: { traineeId: trainee.id, supervisorId: supervisor.id },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { text: true, readyToApply: true, submittedAt: true },
    });
    return { trainee: { id: trainee.id, slackUserId: trainee.slackUserId }, previous };
  });
}
