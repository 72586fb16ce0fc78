import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { accreditedOn } from "../../db/leaders.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson, findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Person, Supervision } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput, todayFor } from "../inputs.ts";

export const requestSupervisionInput = z.object({
  supervisor: personRefInput,
});
export type RequestSupervisionInput = z.input<typeof requestSupervisionInput>;

export interface RequestSupervisionResult {
  /** False when the same request was already waiting: nothing new was written. */
  changed: boolean;
  supervision: Supervision;
  supervisor: Person;
  trainee: Person;
}

/** A trainee asks an accredited leader to supervise them; the leader answers in Slack. */
export async function requestSupervision(
  ctx: ServiceContext,
  actor: Actor,
  input: RequestSupervisionInput,
): Promise<RequestSupervisionResult> {
  const { supervisor: ref } = parseInput(requestSupervisionInput, input);
  if (ref.teamId === actor.teamId && ref.userId === actor.userId) {
    throw new AppError(
      "INVALID_INPUT",
      "You can't be your own supervisor: name an accredited leader.",
    );
  }
  const today = todayFor(ctx);

  return ctx.db.$transaction(async (tx) => {
    const existingSupervisor = await findPerson(tx, ref);
    if (!existingSupervisor || !(await accreditedOn(tx, existingSupervisor.id, today))) {
      throw AppError.refuse("INVALID_INPUT", {
        reason: "not_a_leader",
        person: ref,
        pointToRegister: true,
      });
    }
    const supervisor = await ensurePerson(tx, ref);
    const trainee = await ensurePerson(tx, actor, actor.isAdmin);

    const open = await tx.supervision.findFirst({
      where: {
        traineeId: trainee.id,
        supervisorId: supervisor.id,
        state: { in: ["requested", "active"] },
      },
      orderBy: { id: "desc" },
    });
    if (open?.state === "active") {
      throw AppError.refuse("CONFLICT", {
        reason: "already_your_supervisor",
        supervisor: { userId: supervisor.slackUserId, displayName: supervisor.displayName },
      });
    }
    if (open) return { changed: false, supervision: open, supervisor, trainee };

    const supervision = await tx.supervision.create({
      data: {
        traineeId: trainee.id,
        supervisorId: supervisor.id,
        state: "requested",
        requestedAt: ctx.now,
      },
    });
    await recordAudit(tx, {
      actorId: trainee.id,
      action: "supervision.requested",
      subjectType: "supervision",
      subjectId: supervision.id,
      details: { traineeId: trainee.id, supervisorId: supervisor.id },
      at: ctx.now,
    });
    await recordEffects(tx, [
      { type: "supervision.requested", supervisionId: supervision.id },
      { type: "home.refresh", personId: supervisor.id },
    ]);
    return { changed: true, supervision, supervisor, trainee };
  });
}
