import { calendarDate, isoWeek } from "../../domain/dates.ts";
import { IDLE_NUDGE_DAYS, idleNudgePeriod } from "../../domain/idle-nudges.ts";
import { listOverdueConfirmations } from "../confirmations/list-overdue-confirmations.ts";
import type { ServiceContext } from "../context.ts";
import { listIdleTrainees } from "../progress/list-idle-trainees.ts";
import { claimJobPeriodToRecord } from "./claim-job-period.ts";

/** Per person, so a supervisor hears at most once a week and a trainee once per quiet stretch. */
export const confirmationsReminderJob = (personId: number) => `confirmations-reminder:${personId}`;
export const idleNudgeJob = (personId: number) => `idle-nudge:${personId}`;

export interface ReminderCounts {
  sent: number;
  /** Already sent in this period (this week, or this quiet stretch). */
  alreadySent: number;
}

export interface RemindersSummary {
  supervisors: ReminderCounts;
  /** Sessions listed in the supervisors' reminders sent now. */
  sessionsListed: number;
  nudges: ReminderCounts;
}

/**
 * Chooses the reminders due now and records them for the outbox: one DM per supervisor with
 * sessions waiting over 7 days (at most once per ISO week each), and a nudge to each trainee idle
 * for 8 weeks (at most once per 8 weeks idle), each claimed per person first.
 */
export async function recordReminders(ctx: ServiceContext): Promise<RemindersSummary> {
  const summary: RemindersSummary = {
    supervisors: { sent: 0, alreadySent: 0 },
    sessionsListed: 0,
    nudges: { sent: 0, alreadySent: 0 },
  };
  const today = calendarDate(ctx.now, ctx.timeZone);
  const at = ctx.now.toISOString();
  for (const { confirmer, entries } of await listOverdueConfirmations(ctx)) {
    const claimed = await claimJobPeriodToRecord(
      ctx,
      { job: confirmationsReminderJob(confirmer.personId), period: isoWeek(today) },
      [
        {
          type: "reminder.confirmer",
          confirmerId: confirmer.personId,
          entryIds: entries.map((entry) => entry.id),
          at,
        },
      ],
    );
    count(summary.supervisors, claimed.claimed);
    if (claimed.claimed) summary.sessionsListed += entries.length;
  }
  for (const trainee of await listIdleTrainees(ctx, { idleDays: IDLE_NUDGE_DAYS })) {
    const period = idleNudgePeriod(trainee.idleSince, today);
    if (!period) continue;
    const { personId } = trainee.person;
    const claimed = await claimJobPeriodToRecord(ctx, { job: idleNudgeJob(personId), period }, [
      { type: "reminder.trainee", personId, idleSince: trainee.idleSince },
    ]);
    count(summary.nudges, claimed.claimed);
  }
  return summary;
}

function count(counts: ReminderCounts, claimed: boolean): void {
  if (claimed) counts.sent++;
  else counts.alreadySent++;
}
