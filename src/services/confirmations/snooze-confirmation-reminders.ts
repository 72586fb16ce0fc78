import { recordAudit } from "../../db/audit.ts";
import { ensurePerson } from "../../db/people.ts";
import type { Actor, ServiceContext } from "../context.ts";

/** How long "Remind me in a week" holds the confirmer's reminders back. */
export const SNOOZE_DAYS = 7;
const DAY_MS = 86_400_000;

export interface SnoozeResult {
  /** No reminder about waiting sessions before this moment. */
  until: Date;
}

/**
 * "Remind me in a week": the person acting gets no reminder about sessions waiting for them for
 * the next seven days. Stored, so a restart keeps it. Their own setting: nobody else's.
 */
export async function snoozeConfirmationReminders(
  ctx: ServiceContext,
  actor: Actor,
): Promise<SnoozeResult> {
  const until = new Date(ctx.now.getTime() + SNOOZE_DAYS * DAY_MS);
  return ctx.db.$transaction(async (tx) => {
    const found = await ensurePerson(tx, actor);
    await tx.person.update({
      where: { id: found.id },
      data: { confirmationRemindersSnoozedUntil: until },
    });
    await recordAudit(tx, {
      actorId: found.id,
      action: "confirmation_reminders.snoozed",
      subjectType: "person",
      subjectId: found.id,
      details: { until: until.toISOString() },
      at: ctx.now,
    });
    return { until };
  });
}
