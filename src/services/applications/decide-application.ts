import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson, findPerson } from "../../db/people.ts";
import type { Db } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import {
  type ApplicationStatus,
  isApplicationStatus,
  SUBCOMMITTEE_DECISIONS,
  type SubcommitteeDecision,
  statusesAllowing,
  statusLabel,
  transition,
} from "../../domain/application-status.ts";
import { calendarDate, formatUkDate } from "../../domain/dates.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";
import type { ApplicationWithTrainee } from "./submit-application.ts";

export const REASON_MIN = 5;
export const REASON_MAX = 2000;

export const decideApplicationSchema = z.object({
  applicationId: idInput,
  decision: z.enum(SUBCOMMITTEE_DECISIONS, {
    error: "Choose a decision: recommend, ask for more information, or not yet.",
  }),
  reason: z
    .string({ error: "Every decision needs a reason." })
    .trim()
    .min(REASON_MIN, `Please give a reason of at least ${REASON_MIN} characters.`)
    .max(REASON_MAX, `Please keep the reason to ${REASON_MAX} characters or fewer.`)
    .superRefine(refusePatientDetails),
  /**
   * The application's latest step (0 for none) when the decider opened the form: a decision
   * applies only if nothing happened since, such as a resubmission they have not read.
   */
  seenEventId: z.number().int().nonnegative().optional(),
});
export type DecideApplicationInput = z.input<typeof decideApplicationSchema>;

/** The actor, and whether the Slack layer found them in the subcommittee's channel. */
export interface DecidingActor extends Actor {
  isSubcommitteeMember: boolean;
}

export interface DecideApplicationResult {
  application: ApplicationWithTrainee;
  decision: SubcommitteeDecision;
  fromStatus: ApplicationStatus;
  toStatus: ApplicationStatus;
  reason: string;
  decidedBy: Person;
}

/**
 * The subcommittee (or an admin) decides a pending application: recommend it to the Balint
 * Council, ask for more information, or "not yet". Only the first of two racing decisions
 * counts; the second is told who decided what, and when.
 */
export async function decideApplication(
  ctx: ServiceContext,
  actor: DecidingActor,
  input: DecideApplicationInput,
): Promise<DecideApplicationResult> {
  refuseNonMember(actor);
  const { applicationId, decision, reason, seenEventId } = parseInput(
    decideApplicationSchema,
    input,
  );
  return ctx.db.$transaction(async (tx) => {
    const decider = await ensurePerson(tx, actor, actor.isAdmin);
    const current = await applicationToDecide(tx, decider.id, applicationId);
    const fromStatus = current.status;
    const next = isApplicationStatus(fromStatus)
      ? transition(fromStatus, decision)
      : { ok: false as const, error: `Unknown status "${fromStatus}".` };
    if (!next.ok || !isApplicationStatus(fromStatus)) {
      throw await notWaitingError(tx, ctx.timeZone, applicationId, next.ok ? "" : next.error);
    }
    if (seenEventId !== undefined && (await latestEventId(tx, applicationId)) !== seenEventId) {
      throw new AppError(
        "CONFLICT",
        "This application changed after you opened the form: read its post again, then decide.",
        { applicationId },
      );
    }
    const changed = await tx.application.updateMany({
      where: { id: applicationId, status: { in: statusesAllowing(decision) } },
      data: { status: next.to },
    });
    if (changed.count === 0) {
      throw await notWaitingError(tx, ctx.timeZone, applicationId, "changed meanwhile");
    }

    const event = await tx.applicationEvent.create({
      data: {
        applicationId,
        fromStatus,
        toStatus: next.to,
        actorId: decider.id,
        reason,
        at: ctx.now,
      },
    });
    await recordAudit(tx, {
      actorId: decider.id,
      action: `application.${next.to}`,
      subjectType: "application",
      subjectId: applicationId,
      details: { fromStatus, toStatus: next.to, asAdmin: !actor.isSubcommitteeMember },
      at: ctx.now,
    });
    const application = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      include: { trainee: true },
    });
    await recordEffects(tx, [
      { type: "application.show", applicationId },
      { type: "application.decided", applicationId, eventId: event.id },
      { type: "home.refresh", personId: current.traineeId },
    ]);
    return { application, decision, fromStatus, toStatus: next.to, reason, decidedBy: decider };
  });
}

/**
 * Before the decision form opens: the same refusals as deciding, and the application's latest
 * step, which the form carries back (`seenEventId`).
 */
export async function openDecision(
  ctx: ServiceContext,
  actor: DecidingActor,
  input: { applicationId: number },
): Promise<{ seenEventId: number }> {
  refuseNonMember(actor);
  const { applicationId } = parseInput(z.object({ applicationId: idInput }), input);
  const decider = await findPerson(ctx.db, actor);
  await applicationToDecide(ctx.db, decider?.id ?? null, applicationId);
  return { seenEventId: await latestEventId(ctx.db, applicationId) };
}

function refuseNonMember(actor: DecidingActor): void {
  if (!actor.isSubcommitteeMember && !actor.isAdmin) {
    throw new AppError(
      "FORBIDDEN",
      "Only members of the leadership subcommittee can decide applications.",
      { userId: actor.userId },
    );
  }
}

async function applicationToDecide(db: Db, deciderId: number | null, applicationId: number) {
  const current = await db.application.findUnique({ where: { id: applicationId } });
  if (!current) {
    throw new AppError("NOT_FOUND", "That application no longer exists.", { applicationId });
  }
  if (current.traineeId === deciderId) {
    throw new AppError("FORBIDDEN", "You cannot decide your own application.", { applicationId });
  }
  return current;
}

async function latestEventId(db: Db, applicationId: number): Promise<number> {
  const latest = await db.applicationEvent.findFirst({
    where: { applicationId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return latest?.id ?? 0;
}

/** Why the application cannot be decided now, from its latest history row. */
async function notWaitingError(
  tx: Db,
  timeZone: string,
  applicationId: number,
  detail: string,
): Promise<AppError> {
  const latest = await tx.applicationEvent.findFirst({
    where: { applicationId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    include: { actor: true },
  });
  if (!latest) {
    const current = await tx.application.findUnique({ where: { id: applicationId } });
    return new AppError(
      "CONFLICT",
      `This application is not waiting for a decision (${statusLabel(current?.status ?? "draft")}).`,
      { applicationId, detail },
    );
  }
  const by = { userId: latest.actor.slackUserId, displayName: latest.actor.displayName };
  const day = formatUkDate(calendarDate(latest.at, timeZone));
  return AppError.refuse(
    "ALREADY_DECIDED",
    { reason: "already_decided", by, toStatus: latest.toStatus, day },
    { applicationId, toStatus: latest.toStatus, actorId: latest.actorId, detail },
  );
}
