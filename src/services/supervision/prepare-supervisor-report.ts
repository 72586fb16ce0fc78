import { z } from "zod";
import { loadTraineeFacts } from "../../db/trainee-facts.ts";
import {
  belowDemonstrated,
  type CompetencyId,
  type CompetencyRating,
} from "../../domain/competencies.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput } from "../inputs.ts";
import { requireSupervisorOf } from "./supervisor-of.ts";

export const prepareSupervisorReportInput = z.object({ trainee: personRefInput });
export type PrepareSupervisorReportInput = z.input<typeof prepareSupervisorReportInput>;

export interface PrepareSupervisorReportResult {
  trainee: { id: number; slackUserId: string };
  /** This supervisor's latest report for the trainee, to start from; null for a first report. */
  previous: { text: string; readyToApply: boolean; submittedAt: Date } | null;
  /** Competencies whose latest rating is below demonstrated: the modal warns about a "ready". */
  belowDemonstrated: { id: CompetencyId; title: string; rating: CompetencyRating }[];
}

/** Opening the report form: only the trainee's active supervisor; reads only. */
export async function prepareSupervisorReport(
  ctx: ServiceContext,
  actor: Actor,
  input: PrepareSupervisorReportInput,
): Promise<PrepareSupervisorReportResult> {
  const { trainee: traineeRef } = parseInput(prepareSupervisorReportInput, input);
  return ctx.db.$transaction(async (tx) => {
    const { supervisor, trainee } = await requireSupervisorOf(
      tx,
      actor,
      traineeRef,
      "write their supervisor's report",
    );
    const previous = await tx.supervisorReport.findFirst({
      where: { traineeId: trainee.id, supervisorId: supervisor.id },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { text: true, readyToApply: true, submittedAt: true },
    });
    const { competencies } = await loadTraineeFacts(tx, trainee.id);
    return {
      trainee: { id: trainee.id, slackUserId: trainee.slackUserId },
      previous,
      belowDemonstrated: belowDemonstrated(competencies),
    };
  });
}
