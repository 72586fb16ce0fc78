import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { moveOpenPeriodStart, openPeriod } from "../../db/leaders.ts";
import { ensurePerson } from "../../db/people.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import type { PersonRef } from "../../domain/person-ref.ts";
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

/**
 * An admin adds a person to the register, opening an accreditation period; restoring a removed
 * leader opens a new period; a new date for a current leader moves their open period's start.
 */
export async function addLeader(
  ctx: ServiceContext,
  actor: Actor,
  input: AddLeaderInput,
): Promise<AddLeaderResult> {
  requireAdmin(actor);
  const today = todayFor(ctx);
  const { person, accreditedOn } = parseInput(addLeaderInput(today), input);
  return ctx.db.$transaction(async (tx) => {
    const admin = await ensurePerson(tx, actor, true);
    return putOnRegister(tx, { adminId: admin.id, now: ctx.now, today }, person, accreditedOn);
  });
}

/**
 * Puts `ref` on the register within the caller's transaction, as `addLeader` does; the caller
 * has checked that the admin is one. Also used by the day-one import.
 */
export async function putOnRegister(
  tx: Tx,
  by: { adminId: number; now: Date; today: string; source?: "import" },
  ref: PersonRef,
  accreditedOn: string | undefined,
): Promise<AddLeaderResult> {
  const { adminId, today } = by;
  const person = await ensurePerson(tx, ref);
  const existing = await tx.accreditedLeader.findUnique({ where: { personId: person.id } });

  let outcome: AddLeaderResult["outcome"];
  const opened = { openedById: adminId, at: by.now };
  if (!existing) {
    outcome = "added";
    const created = await tx.accreditedLeader.create({
      data: {
        personId: person.id,
        accreditedOn: accreditedOn ?? today,
        addedById: adminId,
        createdAt: by.now,
      },
    });
    await openPeriod(tx, created.id, created.accreditedOn, opened);
  } else if (existing.removedAt !== null) {
    // Re-adding opens a new period: the old ones stay, so past sessions keep counting.
    outcome = "restored";
    await tx.accreditedLeader.update({
      where: { id: existing.id },
      data: {
        accreditedOn: accreditedOn ?? today,
        addedById: adminId,
        removedAt: null,
        removedById: null,
      },
    });
    await openPeriod(tx, existing.id, accreditedOn ?? today, opened);
  } else if (accreditedOn !== undefined && accreditedOn !== existing.accreditedOn) {
    outcome = "updated";
    await tx.accreditedLeader.update({ where: { id: existing.id }, data: { accreditedOn } });
    await moveOpenPeriodStart(tx, existing.id, accreditedOn);
  } else {
    outcome = "unchanged";
  }

  const leader = await tx.accreditedLeader.findUniqueOrThrow({
    where: { personId: person.id },
    include: { person: true },
  });
  if (outcome !== "unchanged") {
    await recordAudit(tx, {
      actorId: adminId,
      action: `leader.${outcome}`,
      subjectType: "accredited_leader",
      subjectId: leader.id,
      details: {
        personId: person.id,
        accreditedOn: leader.accreditedOn,
        previousAccreditedOn: existing?.accreditedOn ?? null,
        ...(by.source ? { source: by.source } : {}),
      },
      at: by.now,
    });
    await recordClaimsRerouted(tx, person.id);
  }
  return { outcome, leader };
}
