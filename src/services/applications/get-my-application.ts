import { findPerson } from "../../db/people.ts";
import type { Actor, ServiceContext } from "../context.ts";
import type { PersonSummary } from "./get-application.ts";

export interface MyApplication {
  id: number;
  status: string;
  statement: string;
  /** The trainee chose to put their notes in the application's PDF. */
  includesNotes: boolean;
  submittedAt: Date | null;
  /** The latest transition made by someone other than the trainee (a decision), if any. */
  latestDecision: {
    toStatus: string;
    reason: string | null;
    at: Date;
    actor: PersonSummary;
  } | null;
}

export interface MyApplicationResult {
  /** The trainee's latest application, whatever its status; null before the first. */
  application: MyApplication | null;
  /** "YYYY-MM-DD" when the trainee is already on the register of accredited leaders. */
  leaderSince: string | null;
}

/** Where the trainee's own application stands, for the `apply` command. Reads only. */
export async function getMyApplication(
  ctx: ServiceContext,
  actor: Actor,
): Promise<MyApplicationResult> {
  return ctx.db.$transaction(async (tx) => {
    const trainee = await findPerson(tx, actor);
    if (!trainee) return { application: null, leaderSince: null };
    const leader = await tx.accreditedLeader.findUnique({ where: { personId: trainee.id } });
    const latest = await tx.application.findFirst({
      where: { traineeId: trainee.id },
      orderBy: { id: "desc" },
      include: {
        events: {
          where: { actorId: { not: trainee.id } },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          take: 1,
          include: { actor: { select: { slackUserId: true, displayName: true } } },
        },
      },
    });
    const decision = latest?.events[0];
    return {
      application: latest
        ? {
            id: latest.id,
            status: latest.status,
            statement: latest.statement,
            includesNotes: latest.includesNotes,
            submittedAt: latest.submittedAt,
            latestDecision: decision
              ? {
                  toStatus: decision.toStatus,
                  reason: decision.reason,
                  at: decision.at,
                  actor: decision.actor,
                }
              : null,
          }
        : null,
      leaderSince: leader && leader.removedAt === null ? leader.accreditedOn : null,
    };
  });
}
