import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { openPeriod } from "../../db/leaders.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import { OPEN_STATUSES, transition } from "../../domain/application-status.ts";
import { formatUkDate } from "../../domain/dates.ts";
import type { AccreditedLeader, Person } from "../../generated/prisma/client.ts";
import { recordClaimsRerouted } from "../confirmations/record-claims-rerouted.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { calendarDateInput, parseInput, personRefInput, todayFor } from "../inputs.ts";
import type { ApplicationWithTrainee } from "./submit-application.ts";

/** `admin accredit @person [date]`: the date of the Council's decision, today when left out. */
export function recordAccreditationSchema(today: string) {
  return z.object({
    person: personRefInput,
    accreditedOn: calendarDateInput(today, "The accreditation date").optional(),
  });
}
export type RecordAccreditationInput = z.input<ReturnType<typeof recordAccreditationSchema>>;

export interface RecordAccreditationResult {
  person: Person;
  leader: AccreditedLeader;
  /** The application that was recommended, now accredited; null when there was none. */
  application: ApplicationWithTrainee | null;
}

/**
 * An admin records the Balint Council's decision: the person's recommended application (if
 * any) becomes accredited and the person joins the register of accredited leaders. Works
 * without an application too, for people who applied before the bot.
 */
export async function recordAccreditation(
  ctx: ServiceContext,
  actor: Actor,
  input: RecordAccreditationInput,
): Promise<RecordAccreditationResult> {
  if (!actor.isAdmin) {
    throw new AppError("FORBIDDEN", "Only an admin can record an accreditation.", {
      userId: actor.userId,
    });
  }
  const today = todayFor(ctx);
  const parsed = parseInput(recordAccreditationSchema(today), input);
  const accreditedOn = parsed.accreditedOn ?? today;
  const day = formatUkDate(accreditedOn);

  return ctx.db.$transaction(async (tx) => {
    const admin = await ensurePerson(tx, actor, true);
    const person = await ensurePerson(tx, parsed.person);
    if (person.id === admin.id) {
      throw new AppError("FORBIDDEN", "You cannot record your own accreditation.");
    }
    const named = { userId: person.slackUserId, displayName: person.displayName };
    const existing = await tx.accreditedLeader.findUnique({ where: { personId: person.id } });
    if (existing && existing.removedAt === null) {
      throw AppError.refuse(
        "CONFLICT",
        {
          reason: "already_a_leader",
          person: named,
          sinceDay: formatUkDate(existing.accreditedOn),
        },
        { personId: person.id },
      );
    }
    const open = await tx.application.findFirst({
      where: { traineeId: person.id, status: { in: [...OPEN_STATUSES] } },
      orderBy: { id: "desc" },
    });
    if (open && open.status !== "recommended") {
      throw AppError.refuse(
        "CONFLICT",
        { reason: "application_with_subcommittee", trainee: named, status: open.status },
        { applicationId: open.id, status: open.status },
      );
    }

    let application: ApplicationWithTrainee | null = null;
    if (open) {
      const next = transition("recommended", "accredit");
      if (!next.ok) throw new AppError("CONFLICT", next.error);
      const changed = await tx.application.updateMany({
        where: { id: open.id, status: "recommended" },
        data: { status: next.to },
      });
      if (changed.count === 0) {
        throw AppError.refuse(
          "ALREADY_DECIDED",
          { reason: "application_changed", trainee: named },
          { applicationId: open.id },
        );
      }
      await tx.applicationEvent.create({
        data: {
          applicationId: open.id,
          fromStatus: open.status,
          toStatus: next.to,
          actorId: admin.id,
          reason: `Accredited by the Balint Council on ${day}.`,
          at: ctx.now,
        },
      });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "application.accredited",
        subjectType: "application",
        subjectId: open.id,
        details: { fromStatus: open.status, toStatus: next.to, accreditedOn },
        at: ctx.now,
      });
      application = await tx.application.findUniqueOrThrow({
        where: { id: open.id },
        include: { trainee: true },
      });
    }

    const leader = await tx.accreditedLeader.upsert({
      where: { personId: person.id },
      create: { personId: person.id, accreditedOn, addedById: admin.id, createdAt: ctx.now },
      update: { accreditedOn, addedById: admin.id, removedAt: null, removedById: null },
    });
    await openPeriod(tx, leader.id, accreditedOn, { openedById: admin.id, at: ctx.now });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "leader.accredited",
      subjectType: "person",
      subjectId: person.id,
      details: {
        accreditedOn,
        applicationId: application?.id ?? null,
        withoutApplication: application === null,
        rejoined: existing !== null,
      },
      at: ctx.now,
    });
    await recordEffects(tx, [
      ...(application
        ? [{ type: "application.show" as const, applicationId: application.id }]
        : []),
      { type: "person.accredited", personId: person.id, accreditedOn: leader.accreditedOn },
      { type: "home.refresh", personId: person.id },
    ]);
    await recordClaimsRerouted(tx, person.id);
    return { person, leader, application };
  });
}
