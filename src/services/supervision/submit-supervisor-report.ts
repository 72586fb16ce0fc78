import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { loadTraineeFacts } from "../../db/trainee-facts.ts";
import {
  belowDemonstrated,
  type CompetencyId,
  type CompetencyRating,
} from "../../domain/competencies.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { Person, SupervisorReport } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput } from "../inputs.ts";
import { requireSupervisorOf } from "./supervisor-of.ts";

const TEXT_MESSAGE = "Write the report in 20 to 5000 characters.";
const DISCUSSED_MESSAGE =
  "Please discuss the report with the trainee before you submit it, then tick the box to say you have.";

export const submitSupervisorReportInput = z.object({
  trainee: personRefInput,
  text: z
    .string({ error: TEXT_MESSAGE })
    .trim()
    .min(20, TEXT_MESSAGE)
    .max(5000, TEXT_MESSAGE)
    .superRefine(refusePatientDetails),
  discussedWithTrainee: z.literal(true, { error: DISCUSSED_MESSAGE }),
  readyToApply: z.boolean({ error: "Say whether the trainee is ready to apply." }),
});
export type SubmitSupervisorReportInput = z.input<typeof submitSupervisorReportInput>;

export interface SubmitSupervisorReportResult {
  trainee: Person;
  report: SupervisorReport;
  /** Competencies still below demonstrated when the report says ready: worth a warning. */
  belowDemonstrated: { id: CompetencyId; title: string; rating: CompetencyRating }[];
}

/** The active supervisor's written report / reference; a later report supersedes an earlier one. */
export async function submitSupervisorReport(
  ctx: ServiceContext,
  actor: Actor,
  input: SubmitSupervisorReportInput,
): Promise<SubmitSupervisorReportResult> {
  const {
    trainee: traineeRef,
    text,
    readyToApply,
  } = parseInput(submitSupervisorReportInput, input);

  return ctx.db.$transaction(async (tx) => {
    const { supervisor, trainee } = await requireSupervisorOf(
      tx,
      actor,
      traineeRef,
      "write their supervisor's report",
    );

    const report = await tx.supervisorReport.create({
      data: {
        traineeId: trainee.id,
        supervisorId: supervisor.id,
        text,
        discussedWithTrainee: true,
        readyToApply,
        submittedAt: ctx.now,
      },
    });
    await recordAudit(tx, {
      actorId: supervisor.id,
      action: "report.submitted",
      subjectType: "supervisor_report",
      subjectId: report.id,
      details: { traineeId: trainee.id, readyToApply },
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "report.submitted", reportId: report.id },
      { type: "home.refresh", personId: trainee.id },
      { type: "home.refresh", personId: report.supervisorId },
    ]);
    const { competencies } = await loadTraineeFacts(tx, trainee.id);
    return { trainee, report, belowDemonstrated: belowDemonstrated(competencies) };
  });
}
