import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import { loadTraineeFacts } from "../../db/trainee-facts.ts";
import type { Db } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { OPEN_STATUSES, statusLabel, transition } from "../../domain/application-status.ts";
import { calendarDate, formatUkDate } from "../../domain/dates.ts";
import { evaluate } from "../../domain/evaluate.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { Evaluation } from "../../domain/progress.ts";
import { getRuleset } from "../../domain/rulesets/index.ts";
import type { Application, Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";
import { firstAppearedOn, rulesetFor } from "../progress/pathway-start.ts";

export const STATEMENT_MIN = 20;
export const STATEMENT_MAX = 5000;

export const statementInput = z
  .string({ error: "Please write a statement for the subcommittee." })
  .trim()
  .min(STATEMENT_MIN, `Please write a statement of at least ${STATEMENT_MIN} characters.`)
  .max(STATEMENT_MAX, `Please keep the statement to ${STATEMENT_MAX} characters or fewer.`)
  .superRefine(refusePatientDetails);

/** The trainee chose to put their private notes in the application's PDF for the subcommittee. */
export const includeNotesInput = z.boolean().default(false);

export const submitApplicationSchema = z.object({
  statement: statementInput,
  /** The trainee has seen what the checklist shows as missing and applies anyway. */
  acknowledgedGaps: z.boolean().default(false),
  includeNotes: includeNotesInput,
});
export type SubmitApplicationInput = z.input<typeof submitApplicationSchema>;

export type ApplicationWithTrainee = Application & { trainee: Person };

export interface SubmitApplicationResult {
  application: ApplicationWithTrainee;
  evaluation: Evaluation;
}

export interface ApplicationEvidence {
  evaluation: Evaluation;
  rulesetId: string;
  /** The latest supervisor's report, if one is in. */
  reportId: number | null;
}

/** The trainee's checklist as it stands, and their latest supervisor's report. */
export async function gatherEvidence(
  tx: Db,
  personId: number,
  ctx: Pick<ServiceContext, "now" | "timeZone" | "rulesets">,
): Promise<ApplicationEvidence> {
  const profile = await tx.traineeProfile.findUnique({ where: { personId } });
  const ruleset = profile
    ? getRuleset(profile.rulesetId)
    : rulesetFor(ctx, await firstAppearedOn(tx, personId, ctx));
  const facts = await loadTraineeFacts(tx, personId, ctx);
  const report = await tx.supervisorReport.findFirst({
    where: { traineeId: personId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return {
    evaluation: evaluate(ruleset, facts),
    rulesetId: ruleset.id,
    reportId: report?.id ?? null,
  };
}

/**
 * The criteria are guidelines, so gaps never block an application: the trainee only has to
 * say they have seen them.
 */
export function requireGapsAcknowledged(evaluation: Evaluation, acknowledged: boolean): void {
  if (evaluation.missing.length === 0 || acknowledged) return;
  throw new AppError(
    "INVALID_INPUT",
    `Your checklist still shows gaps: ${evaluation.missing.join("; ")}. The criteria are guidelines, so you can still apply: confirm that you have seen the gaps, and say in your statement how you have met them or why they do not apply.`,
    { missing: evaluation.missing.length },
  );
}

/** A trainee applies for accreditation with their statement and a snapshot of their checklist. */
export async function submitApplication(
  ctx: ServiceContext,
  actor: Actor,
  input: SubmitApplicationInput,
): Promise<SubmitApplicationResult> {
  const { statement, acknowledgedGaps, includeNotes } = parseInput(submitApplicationSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const trainee = await ensurePerson(tx, actor, actor.isAdmin);
    await refuseIfAccredited(tx, trainee.id);
    const open = await tx.application.findFirst({
      where: { traineeId: trainee.id, status: { in: [...OPEN_STATUSES] } },
      orderBy: { id: "desc" },
    });
    if (open) {
      const since = open.submittedAt ?? open.createdAt;
      const day = formatUkDate(calendarDate(since, ctx.timeZone));
      const next =
        open.status === "more_info_requested"
          ? " Answer the subcommittee's questions by resubmitting that application."
          : " You can apply again only once it has been decided.";
      throw new AppError(
        "CONFLICT",
        `You already have an application open, submitted on ${day} (${statusLabel(open.status)}).${next}`,
        { applicationId: open.id, status: open.status },
      );
    }
    const to = transition(null, "submit");
    if (!to.ok) throw new AppError("CONFLICT", to.error);

    const { evaluation, rulesetId, reportId } = await gatherEvidence(tx, trainee.id, ctx);
    requireGapsAcknowledged(evaluation, acknowledgedGaps);

    const application = await tx.application.create({
      data: {
        traineeId: trainee.id,
        status: to.to,
        statement,
        evaluationSnapshot: JSON.stringify(evaluation),
        reportId,
        rulesetId,
        includesNotes: includeNotes,
        submittedAt: ctx.now,
        createdAt: ctx.now,
      },
      include: { trainee: true },
    });
    await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        fromStatus: null,
        toStatus: to.to,
        actorId: trainee.id,
        at: ctx.now,
      },
    });
    await recordAudit(tx, {
      actorId: trainee.id,
      action: "application.submitted",
      subjectType: "application",
      subjectId: application.id,
      details: { rulesetId, missing: evaluation.missing.length, reportIn: reportId !== null },
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "application.submitted", applicationId: application.id, mode: "apply" },
      { type: "home.refresh", personId: application.traineeId },
    ]);
    return { application, evaluation };
  });
}

async function refuseIfAccredited(tx: Db, personId: number): Promise<void> {
  const leader = await tx.accreditedLeader.findUnique({ where: { personId } });
  if (leader && leader.removedAt === null) {
    throw new AppError(
      "CONFLICT",
      `You are already on the register of accredited leaders (since ${formatUkDate(leader.accreditedOn)}), so there is nothing to apply for.`,
      { personId },
    );
  }
}
