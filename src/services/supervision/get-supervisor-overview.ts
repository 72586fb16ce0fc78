import { accreditedOn } from "../../db/leaders.ts";
import { findPerson } from "../../db/people.ts";
import { loadTraineeFacts } from "../../db/trainee-facts.ts";
import { evaluate } from "../../domain/evaluate.ts";
import { findRuleset } from "../../domain/rulesets/index.ts";
import {
  CONFIRMATION_ENTRY_SELECT,
  type ConfirmationEntry,
  toConfirmationEntries,
} from "../confirmations/get-confirmation-request.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { todayFor } from "../inputs.ts";
import { rulesetFor } from "../progress/pathway-start.ts";

export interface SupervisedTrainee {
  personId: number;
  slackUserId: string;
  /** When the supervisor accepted. */
  since: Date | null;
  criteriaMet: number;
  criteriaTotal: number;
  /** Claimed entries of this trainee waiting for this supervisor. */
  awaitingYou: number;
  reportSubmittedAt: Date | null;
}

export interface SupervisorOverview {
  isLeader: boolean;
  /** Trainees this person actively supervises, in the order they were accepted. */
  trainees: SupervisedTrainee[];
  /** Requests to supervise, not yet answered. */
  requests: { supervisionId: number; traineeSlackUserId: string; requestedAt: Date }[];
  /** Claimed entries this person may confirm today, oldest session first. */
  awaiting: ConfirmationEntry[];
}

const NOTHING: SupervisorOverview = { isLeader: false, trainees: [], requests: [], awaiting: [] };

/** What a supervisor's App Home shows: their trainees' progress and what waits for them. */
export async function getSupervisorOverview(
  ctx: ServiceContext,
  actor: Actor,
): Promise<SupervisorOverview> {
  const today = todayFor(ctx);
  return ctx.db.$transaction(async (tx) => {
    const me = await findPerson(tx, actor);
    if (!me) return NOTHING;
    const isLeader = await accreditedOn(tx, me.id, today);
    const supervisions = await tx.supervision.findMany({
      where: { supervisorId: me.id, state: { in: ["active", "requested"] } },
      orderBy: { id: "asc" },
      include: { trainee: { select: { id: true, slackUserId: true } } },
    });
    // Only accredited leaders and supervisors confirm entries, so anyone else has nothing here.
    if (!isLeader && supervisions.length === 0) return NOTHING;
    const active = supervisions.filter((s) => s.state === "active");
    const traineeIds = active.map((s) => s.traineeId);

    const rows = await tx.activityEntry.findMany({
      where: {
        state: "claimed",
        OR: [{ counterpartId: me.id }, { traineeId: { in: traineeIds } }],
      },
      orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      select: CONFIRMATION_ENTRY_SELECT,
    });
    const awaiting = (await toConfirmationEntries(tx, rows, today)).filter(
      (entry) => entry.confirmer?.id === me.id,
    );

    const profiles = await tx.traineeProfile.findMany({ where: { personId: { in: traineeIds } } });
    const reports = await tx.supervisorReport.findMany({
      where: { traineeId: { in: traineeIds } },
      orderBy: { submittedAt: "asc" },
      select: { traineeId: true, submittedAt: true },
    });
    const trainees: SupervisedTrainee[] = [];
    for (const supervision of active) {
      const profile = profiles.find((p) => p.personId === supervision.traineeId);
      const ruleset =
        (profile && findRuleset(profile.rulesetId)) ??
        rulesetFor(ctx, profile?.pathwayStartedOn ?? todayFor(ctx));
      const evaluation = evaluate(ruleset, await loadTraineeFacts(tx, supervision.traineeId, ctx));
      trainees.push({
        personId: supervision.traineeId,
        slackUserId: supervision.trainee.slackUserId,
        since: supervision.respondedAt,
        criteriaMet: evaluation.criteria.filter((c) => c.status === "met").length,
        criteriaTotal: evaluation.criteria.length,
        awaitingYou: awaiting.filter((e) => e.trainee.id === supervision.traineeId).length,
        reportSubmittedAt:
          reports.filter((r) => r.traineeId === supervision.traineeId).at(-1)?.submittedAt ?? null,
      });
    }

    return {
      isLeader,
      trainees,
      requests: supervisions
        .filter((s) => s.state === "requested")
        .map((s) => ({
          supervisionId: s.id,
          traineeSlackUserId: s.trainee.slackUserId,
          requestedAt: s.requestedAt,
        })),
      awaiting,
    };
  });
}
