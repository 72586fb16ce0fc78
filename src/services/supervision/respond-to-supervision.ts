import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { accreditedOn } from "../../db/leaders.ts";
import { recordEffects } from "../../db/outbox.ts";
import { findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Person, Supervision } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput, todayFor } from "../inputs.ts";

export const SUPERVISION_RESPONSES = ["accept", "decline"] as const;

export const respondToSupervisionInput = z.object({
  supervisionId: idInput,
  response: z.enum(SUPERVISION_RESPONSES, { error: "Choose whether to accept or decline." }),
  /** The DM the leader answered in (from Slack's signed envelope), redrawn with the answer. */
  requestMessage: z.object({ channel: z.string().max(40), ts: z.string().max(40) }).optional(),
});
export type RespondToSupervisionInput = z.input<typeof respondToSupervisionInput>;

export interface RespondToSupervisionResult {
  /** False when the request was already answered: `supervision` shows the answer given. */
  changed: boolean;
  supervision: Supervision & { trainee: Person; supervisor: Person };
  /** Supervisions of the same trainee that accepting this one ended. */
  endedSupervisionIds: number[];
}

const NOT_YOURS = "You can't answer that request: only the leader asked to supervise can.";

/**
 * The asked supervisor accepts or declines. Accepting ends the trainee's other active
 * supervision (kept as "ended", so history stays).
 */
export async function respondToSupervision(
  ctx: ServiceContext,
  actor: Actor,
  input: RespondToSupervisionInput,
): Promise<RespondToSupervisionResult> {
  const { supervisionId, response, requestMessage } = parseInput(respondToSupervisionInput, input);

  return ctx.db.$transaction(async (tx) => {
    const me = await findPerson(tx, actor);
    if (!me) throw new AppError("FORBIDDEN", NOT_YOURS, { supervisionId });
    const found = await tx.supervision.findUnique({
      where: { id: supervisionId },
      include: { trainee: true, supervisor: true },
    });
    // The same words for every request and none, so nobody learns who supervises whom.
    if (!found || found.supervisorId !== me.id) {
      throw new AppError("FORBIDDEN", NOT_YOURS, { supervisionId });
    }
    if (response === "accept" && !(await accreditedOn(tx, me.id, todayFor(ctx)))) {
      throw new AppError(
        "FORBIDDEN",
        "Only leaders on the register of accredited leaders can supervise; you are not on it now. Ask an admin.",
        { supervisionId },
      );
    }

    const { count } = await tx.supervision.updateMany({
      where: { id: supervisionId, state: "requested" },
      data: { state: response === "accept" ? "active" : "declined", respondedAt: ctx.now },
    });
    let endedSupervisionIds: number[] = [];
    if (count > 0 && response === "accept") {
      const others = await tx.supervision.findMany({
        where: { traineeId: found.traineeId, state: "active", id: { not: supervisionId } },
        select: { id: true },
      });
      endedSupervisionIds = others.map((other) => other.id);
      await tx.supervision.updateMany({
        where: { id: { in: endedSupervisionIds }, state: "active" },
        data: { state: "ended", endedAt: ctx.now },
      });
    }
    const supervision = await tx.supervision.findUniqueOrThrow({
      where: { id: supervisionId },
      include: { trainee: true, supervisor: true },
    });
    if (count === 0) return { changed: false, supervision, endedSupervisionIds };

    for (const endedId of endedSupervisionIds) {
      await recordAudit(tx, {
        actorId: me.id,
        action: "supervision.ended",
        subjectType: "supervision",
        subjectId: endedId,
        details: { traineeId: found.traineeId, replacedBy: supervisionId },
        at: ctx.now,
      });
    }
    await recordAudit(tx, {
      actorId: me.id,
      action: response === "accept" ? "supervision.accepted" : "supervision.declined",
      subjectType: "supervision",
      subjectId: supervisionId,
      details: {
        traineeId: found.traineeId,
        supervisorId: me.id,
      },
      at: ctx.now,
    });
    await recordEffects(tx, [
      {
        type: "supervision.answered",
        supervisionId,
        endedPrevious: endedSupervisionIds.length > 0,
        ...(requestMessage ? { request: requestMessage } : {}),
      },
      ...(response === "accept"
        ? [{ type: "confirmations.request" as const, traineeId: found.traineeId }]
        : []),
      { type: "home.refresh", personId: found.traineeId },
      { type: "home.refresh", personId: me.id },
    ]);
    return { changed: true, supervision, endedSupervisionIds };
  });
}
