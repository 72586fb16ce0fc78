import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { closePeriods } from "../../db/leaders.ts";
import { ensurePerson, findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { AccreditedLeader, Person, Supervision } from "../../generated/prisma/client.ts";
import { recordClaimsRerouted } from "../confirmations/record-claims-rerouted.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput, todayFor } from "../inputs.ts";
import { requireAdmin } from "./add-leader.ts";

export const removeLeaderInput = z.object({ person: personRefInput });
export type RemoveLeaderInput = z.input<typeof removeLeaderInput>;

export interface RemoveLeaderResult {
  /** The register row, kept with removedAt and removedById set, so history stays. */
  leader: AccreditedLeader;
  /** The supervisions the removal ended: a removed leader can no longer supervise. */
  endedSupervisions: (Supervision & { trainee: Person })[];
}

/**
 * An admin takes a person off the register; the row stays, marked removed, and their open
 * accreditation period closes today. Their active supervisions end (kept as "ended").
 */
export async function removeLeader(
  ctx: ServiceContext,
  actor: Actor,
  input: RemoveLeaderInput,
): Promise<RemoveLeaderResult> {
  requireAdmin(actor);
  const { person: ref } = parseInput(removeLeaderInput, input);

  return ctx.db.$transaction(async (tx) => {
    const person = await findPerson(tx, ref);
    const notOnRegister = AppError.refuse("NOT_FOUND", { reason: "not_a_leader", person: ref });
    if (!person) throw notOnRegister;

    const admin = await ensurePerson(tx, actor, true);
    const { count } = await tx.accreditedLeader.updateMany({
      where: { personId: person.id, removedAt: null },
      data: { removedAt: ctx.now, removedById: admin.id },
    });
    if (count === 0) throw notOnRegister;

    const leader = await tx.accreditedLeader.findUniqueOrThrow({ where: { personId: person.id } });
    // The open period ends today: sessions before today still count as with an accredited leader.
    await closePeriods(tx, leader.id, todayFor(ctx), admin.id);
    await recordAudit(tx, {
      actorId: admin.id,
      action: "leader.removed",
      subjectType: "accredited_leader",
      subjectId: leader.id,
      details: { personId: person.id, accreditedOn: leader.accreditedOn },
      at: ctx.now,
    });

    const active = await tx.supervision.findMany({
      where: { supervisorId: person.id, state: "active" },
      orderBy: { id: "asc" },
    });
    await tx.supervision.updateMany({
      where: { id: { in: active.map((s) => s.id) }, state: "active" },
      data: { state: "ended", endedAt: ctx.now },
    });
    for (const supervision of active) {
      await recordAudit(tx, {
        actorId: admin.id,
        action: "supervision.ended",
        subjectType: "supervision",
        subjectId: supervision.id,
        details: {
          traineeId: supervision.traineeId,
          supervisorId: person.id,
          leaderRemoved: true,
        },
        at: ctx.now,
      });
    }
    const endedSupervisions = await tx.supervision.findMany({
      where: { id: { in: active.map((s) => s.id) } },
      orderBy: { id: "asc" },
      include: { trainee: true },
    });
    await recordClaimsRerouted(
      tx,
      person.id,
      active.map((s) => s.traineeId),
    );
    return { leader, endedSupervisions };
  });
}
