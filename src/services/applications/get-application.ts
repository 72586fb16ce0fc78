import { z } from "zod";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput } from "../inputs.ts";
import { type ChecklistSnapshot, readChecklistSnapshot } from "./checklist-snapshot.ts";
import type { DecidingActor } from "./decide-application.ts";

export const getApplicationSchema = z.object({ applicationId: idInput });
export type GetApplicationInput = z.input<typeof getApplicationSchema>;

/**
 * Who the application is shown to: the subcommittee's channel (the bot's own post), or a
 * person, who must be a subcommittee member or an admin.
 */
export type ApplicationAudience = { kind: "channel" } | { kind: "person"; actor: DecidingActor };

export interface PersonSummary {
  slackUserId: string;
  displayName: string | null;
}

export interface ApplicationRecord {
  id: number;
  status: string;
  statement: string;
  rulesetId: string;
  submittedAt: Date | null;
  trainee: PersonSummary;
  /** The checklist as it stood at the latest (re)submission. */
  checklist: ChecklistSnapshot;
  /** The supervisor's report attached at the latest (re)submission. */
  report: {
    text: string;
    submittedAt: Date;
    readyToApply: boolean;
    discussedWithTrainee: boolean;
    supervisor: PersonSummary;
  } | null;
  /** Every transition, oldest first. */
  history: {
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
    at: Date;
    actor: PersonSummary;
  }[];
  postChannel: string | null;
  postTs: string | null;
}

const person = { select: { slackUserId: true, displayName: true } } as const;

/**
 * An application as the subcommittee sees it: the checklist snapshot, the statement, the
 * supervisor's report (visible to the subcommittee once the trainee has applied) and its
 * history. Reads only.
 */
export async function getApplication(
  ctx: ServiceContext,
  audience: ApplicationAudience,
  input: GetApplicationInput,
): Promise<ApplicationRecord> {
  if (audience.kind === "person") refuseOutsiders(audience.actor);
  const { applicationId } = parseInput(getApplicationSchema, input);
  const row = await ctx.db.$transaction(async (tx) => {
    const application = await tx.application.findUnique({
      where: { id: applicationId },
      include: {
        trainee: person,
        events: { orderBy: [{ at: "asc" }, { id: "asc" }], include: { actor: person } },
      },
    });
    if (!application) return null;
    const report =
      application.reportId === null
        ? null
        : await tx.supervisorReport.findUnique({
            where: { id: application.reportId },
            include: { supervisor: person },
          });
    return { application, report };
  });
  if (!row) {
    throw new AppError("NOT_FOUND", "That application no longer exists.", { applicationId });
  }
  const { application, report } = row;
  return {
    id: application.id,
    status: application.status,
    statement: application.statement,
    rulesetId: application.rulesetId,
    submittedAt: application.submittedAt,
    trainee: application.trainee,
    checklist: readChecklistSnapshot(application.evaluationSnapshot),
    report: report
      ? {
          text: report.text,
          submittedAt: report.submittedAt,
          readyToApply: report.readyToApply,
          discussedWithTrainee: report.discussedWithTrainee,
          supervisor: report.supervisor,
        }
      : null,
    history: application.events.map((event) => ({
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      at: event.at,
      actor: event.actor,
    })),
    postChannel: application.postChannel,
    postTs: application.postTs,
  };
}

function refuseOutsiders(actor: Actor & { isSubcommitteeMember: boolean }): void {
  if (actor.isSubcommitteeMember || actor.isAdmin) return;
  throw new AppError(
    "FORBIDDEN",
    "Only members of the leadership subcommittee and admins can see applications.",
    { userId: actor.userId },
  );
}
