import type { WebClient } from "@slack/web-api";
import { listOverdueConfirmations } from "../services/confirmations/list-overdue-confirmations.ts";
import { listIdleTrainees } from "../services/progress/list-idle-trainees.ts";
import { sendDirectMessage } from "../slack/direct-message.ts";
import { confirmationsReminderMessage } from "../slack/features/scheduled/views/confirmations-reminder.ts";
import { idleNudgeMessage } from "../slack/features/scheduled/views/idle-nudge.ts";
import { type JobDeps, jobContext } from "./job-deps.ts";
import { dayPeriod, IDLE_NUDGE_DAYS, idleNudgePeriod, weekPeriod } from "./periods.ts";
import { type ClaimedRunOutcome, runOncePerPeriod } from "./run-once.ts";

export const REMINDERS_JOB = "reminders";
/** Per person, so a supervisor hears at most once a week and a trainee once per quiet stretch. */
export const confirmationsReminderJob = (personId: number) => `confirmations-reminder:${personId}`;
export const idleNudgeJob = (personId: number) => `idle-nudge:${personId}`;

export interface ReminderCounts {
  sent: number;
  /** Already sent in this period (this week, or this quiet stretch). */
  alreadySent: number;
  failed: number;
}

export interface RemindersSummary {
  supervisors: ReminderCounts;
  /** Sessions listed in the supervisors' reminders sent now. */
  sessionsListed: number;
  nudges: ReminderCounts;
}

function count(counts: ReminderCounts, outcome: ClaimedRunOutcome): void {
  if (outcome === "done") counts.sent++;
  else if (outcome === "already_claimed") counts.alreadySent++;
  else counts.failed++;
}

/**
 * The reminders, now: one DM per supervisor with sessions waiting over 7 days (at most once per
 * ISO week each), and a nudge to each trainee idle for 8 weeks (at most once per 8 weeks idle).
 */
export async function sendReminders(
  deps: JobDeps,
  client: WebClient,
  now: Date,
): Promise<RemindersSummary> {
  const ctx = jobContext(deps, now);
  const summary: RemindersSummary = {
    supervisors: { sent: 0, alreadySent: 0, failed: 0 },
    sessionsListed: 0,
    nudges: { sent: 0, alreadySent: 0, failed: 0 },
  };
  const week = weekPeriod(now, ctx.timeZone);
  for (const { confirmer, entries } of await listOverdueConfirmations(ctx)) {
    const claim = { job: confirmationsReminderJob(confirmer.personId), period: week };
    const outcome = await runOncePerPeriod(deps, now, claim, async () => {
      await sendDirectMessage(client, confirmer.slackUserId, confirmationsReminderMessage(entries));
    });
    count(summary.supervisors, outcome);
    if (outcome === "done") summary.sessionsListed += entries.length;
  }
  const today = dayPeriod(now, ctx.timeZone);
  for (const trainee of await listIdleTrainees(ctx, { idleDays: IDLE_NUDGE_DAYS })) {
    const period = idleNudgePeriod(trainee.idleSince, today);
    if (!period) continue;
    const claim = { job: idleNudgeJob(trainee.person.personId), period };
    const outcome = await runOncePerPeriod(deps, now, claim, async () => {
      await sendDirectMessage(
        client,
        trainee.person.slackUserId,
        idleNudgeMessage(trainee.idleSince, deps.config.SLASH_COMMAND),
      );
    });
    count(summary.nudges, outcome);
  }
  deps.logger.info("Sent the reminders", summary);
  return summary;
}

/** The daily run: claims today (in TIMEZONE), then sends; a taken day sends nothing. */
export async function runScheduledReminders(
  deps: JobDeps,
  client: WebClient,
  now: Date,
): Promise<ClaimedRunOutcome> {
  const period = dayPeriod(now, deps.config.TIMEZONE);
  return runOncePerPeriod(deps, now, { job: REMINDERS_JOB, period }, async () => {
    await sendReminders(deps, client, now);
  });
}
