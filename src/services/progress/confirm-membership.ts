import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { ensurePerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { TraineeProfile } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { calendarDateInput, parseInput, personRefInput, todayFor } from "../inputs.ts";
import { ensureProfile } from "./set-up-profile.ts";

/** The person and, optionally, the day the society confirmed the membership (default today). */
export function confirmMembershipInput(today: string) {
  return z.object({
    person: personRefInput,
    confirmedOn: calendarDateInput(today, "The date of confirmation").optional(),
  });
}
export type ConfirmMembershipInput = z.input<ReturnType<typeof confirmMembershipInput>>;

export interface ConfirmMembershipResult {
  profile: TraineeProfile;
  /** "YYYY-MM-DD" */
  confirmedOn: string;
  /** False when the person had said they were not a member (or had not said). */
  hadDeclared: boolean;
}

/**
 * An admin records that the society confirmed a person's membership, with the date. The
 * checklist then shows "confirmed by the society" rather than "self-declared".
 */
export async function confirmMembership(
  ctx: ServiceContext,
  actor: Actor,
  input: ConfirmMembershipInput,
): Promise<ConfirmMembershipResult> {
  if (!actor.isAdmin) {
    throw new AppError("FORBIDDEN", "Only admins can confirm a person's membership.");
  }
  const today = todayFor(ctx);
  const { person: ref, confirmedOn = today } = parseInput(confirmMembershipInput(today), input);
  return ctx.db.$transaction(async (tx) => {
    const admin = await ensurePerson(tx, actor, true);
    const person = await ensurePerson(tx, ref);
    const existing = await ensureProfile(tx, person.id, ctx);
    const profile = await tx.traineeProfile.update({
      where: { id: existing.id },
      data: {
        ukBalintMember: true,
        membershipConfirmedOn: confirmedOn,
        membershipConfirmedAt: ctx.now,
        membershipConfirmedById: admin.id,
      },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "membership.confirmed",
      subjectType: "trainee_profile",
      subjectId: profile.id,
      details: { personId: person.id, confirmedOn, hadDeclared: existing.ukBalintMember === true },
      at: ctx.now,
    });
    return { profile, confirmedOn, hadDeclared: existing.ukBalintMember === true };
  });
}
