import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import { statusesAllowing, statusLabel, transition } from "../../domain/application-status.ts";
import type { Evaluation } from "../../domain/progress.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";
import {
  type ApplicationWithTrainee,
  gatherEvidence,
  includeNotesInput,
  requireGapsAcknowledged,
  statementInput,
} from "./submit-application.ts";

export const resubmitApplicationSchema = z.object({
  /** Leave out to resubmit the trainee's application that is waiting for more information. */
  applicationId: idInput.optional(),
  statement: statementInput,
  acknowledgedGaps: z.boolean().default(false),
  includeNotes: includeNotesInput,
});
export type ResubmitApplicationInput = z.input<typeof resubmitApplicationSchema>;

export interface ResubmitApplicationResult {
  application: ApplicationWithTrainee;
  evaluation: Evaluation;
}

/** Said alike for someone else's application and for none at all. */
export const NOT_YOURS_TO_RESUBMIT =
  "You can't resubmit that application: only the person who applied can.";

/**
 * After the subcommittee asks for more information, the trainee answers with an updated
 * statement; the checklist snapshot and the supervisor's report are taken afresh. Only the
 * applicant's own applications are looked at, so nobody else learns whether one exists.
 */
export async function resubmitApplication(
  ctx: ServiceContext,
  actor: Actor,
  input: ResubmitApplicationInput,
): Promise<ResubmitApplicationResult> {
  const { applicationId, statement, acknowledgedGaps, includeNotes } = parseInput(
    resubmitApplicationSchema,
    input,
  );
  const allowed = statusesAllowing("resubmit");
  return ctx.db.$transaction(async (tx) => {
    const trainee = await findPerson(tx, actor);
    const current = trainee
      ? await tx.application.findFirst({
          where:
            applicationId === undefined
              ? { traineeId: trainee.id, status: { in: allowed } }
              : { id: applicationId, traineeId: trainee.id },
          orderBy: { id: "desc" },
        })
      : null;
    if (!trainee || !current) {
      throw applicationId === undefined
        ? new AppError("NOT_FOUND", "You have no application waiting for more information.")
        : new AppError("FORBIDDEN", NOT_YOURS_TO_RESUBMIT, { applicationId });
    }
    const fromStatus = current.status;
    const next = fromStatus === "more_info_requested" ? transition(fromStatus, "resubmit") : null;
    if (!next?.ok) {
      throw new AppError(
        "CONFLICT",
        `You can resubmit only when the subcommittee has asked for more information; this application is “${statusLabel(fromStatus)}”.`,
        { applicationId: current.id, status: fromStatus },
      );
    }

    const { evaluation, rulesetId, reportId } = await gatherEvidence(tx, trainee.id, ctx);
    requireGapsAcknowledged(evaluation, acknowledgedGaps);

    const changed = await tx.application.updateMany({
      where: { id: current.id, status: { in: allowed } },
      data: {
        status: next.to,
        statement,
        evaluationSnapshot: JSON.stringify(evaluation),
        reportId,
        rulesetId,
        includesNotes: includeNotes,
      },
    });
    if (changed.count === 0) {
      throw new AppError("ALREADY_DECIDED", "This application has already been resubmitted.", {
        applicationId: current.id,
      });
    }
    await tx.applicationEvent.create({
      data: {
        applicationId: current.id,
        fromStatus,
        toStatus: next.to,
        actorId: trainee.id,
        at: ctx.now,
      },
    });
    await recordAudit(tx, {
      actorId: trainee.id,
      action: "application.resubmitted",
      subjectType: "application",
      subjectId: current.id,
      details: { rulesetId, missing: evaluation.missing.length, reportIn: reportId !== null },
      at: ctx.now,
    });
    const application = await tx.application.findUniqueOrThrow({
      where: { id: current.id },
      include: { trainee: true },
    });
    await recordEffects(tx, [
      { type: "application.submitted", applicationId: application.id, mode: "resubmit" },
      { type: "home.refresh", personId: application.traineeId },
    ]);
    return { application, evaluation };
  });
}
