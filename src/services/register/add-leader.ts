import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { ensurePerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { AccreditedLeader, Person } from "../../generated/prisma/client.ts";
import { recordClaimsRerouted } from "../confirmations/record-claims-rerouted.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { calendarDateInput, parseInput, personRefInput, todayFor } from "../inputs.ts";

export const ONLY_ADMINS_MESSAGE = "Only admins can change the register of accredited leaders.";

/** Refuses anyone not listed in ADMIN_USER_IDS. */
export function requireAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new AppError("FORBIDDEN", ONLY_ADMINS_MESSAGE);
}

/** The person to add and, optionally, the date of accreditation (default: today). */
export function addLeaderInput(today: string) {
  return z.object({
    person: personRefInput,
    accreditedOn: calendarDateInput(today, "The accreditation date").optional(),
  });
}
export type AddLeaderInput = z.input<ReturnType<typeof addLeaderInput>>;

export interface AddLeaderResult {
  /** added: new; restored: removed before; updated: a new date; unchanged: already there. */
  outcome: "added" | "restored" | "updated" | "unchanged";
  leader: AccreditedLeader & { person: Person };
}

/** An admin adds a person to the register (or restores a removed one, with the new date). */
export async function addLeader(
  ctx: ServiceContext,
  actor: Actor,
  input: AddLeaderInput,
): Promise<AddLeaderResult> {
  requireAdmin(actor);
  const today = todayFor(ctx);
  const { person: ref, accreditedOn } = parseInput(addLeaderInput(today), input);

  return ctx.db.$transaction(async (tx) => {
    const admin = await ensurePerson(tx, actor, true);
    const person = await ensurePerson(tx, ref);
    const existing = await tx.accreditedLeader.findUnique({ where: { personId: person.id } });

    let outcome: AddLeaderResult["outcome"];
    if (!existing) {
      outcome = "added";
      await tx.accreditedLeader.create({
        data: {
          personId: person.id,
          accreditedOn: accreditedOn ?? today,
          addedById: admin.id,
          createdAt: ctx.now,
        },
      });
    } else if (existing.removedAt !== null) {
      outcome = "restored";
      await tx.accreditedLeader.update({
        where: { id: existing.id },
        data: {
          accreditedOn: accreditedOn ?? today,
          addedById: admin.id,
          removedAt: null,
          removedById: null,
        },
      });
    } else if (accreditedOn !== undefined && accreditedOn !== existing.accreditedOn) {
      outcome = "updated";
      await tx.accreditedLeader.update({ where: { id: existing.id }, data: { accreditedOn } });
    } else {
      outcome = "unchanged";
    }

    const leader = await tx.accreditedLeader.findUniqueOrThrow({
      where: { personId: person.id },
      include: { person: true },
    });
    if (outcome !== "unchanged") {
      await recordAudit(tx, {
        actorId: admin.id,
        action: `leader.${outcome}`,
        subjectType: "accredited_leader",
        subjectId: leader.id,
        details: {
          personId: person.id,
          accreditedOn: leader.accreditedOn,
          previousAccreditedOn: existing?.accreditedOn ?? null,
        },
        at: ctx.now,
      });
    }
    if (outcome !== "unchanged") await recordClaimsRerouted(tx, person.id);
    return { outcome, leader };
  });
}
