import { z } from "zod";
import { ENTRY_STATES, type EntryState, isActivityKind } from "../domain/activity.ts";
import {
  COMPETENCY_IDS,
  COMPETENCY_RATINGS,
  type CompetencyId,
  type CompetencyRating,
} from "../domain/competencies.ts";
import { calendarDate } from "../domain/dates.ts";
import type { EntryFacts, ProfileAnswer, TraineeFacts } from "../domain/progress.ts";
import { COUNTERPART_LEADER_SELECT, countsOn } from "./leaders.ts";
import type { Db } from "./transaction.ts";

function isState(value: string): value is EntryState {
  return (ENTRY_STATES as readonly string[]).includes(value);
}

function isCompetencyId(value: string): value is CompetencyId {
  return (COMPETENCY_IDS as readonly string[]).includes(value);
}

function isRating(value: string): value is CompetencyRating {
  return (COMPETENCY_RATINGS as readonly string[]).includes(value);
}

const societyAnswersSchema = z.record(z.string(), z.union([z.boolean(), z.string(), z.null()]));

/** The stored answers to the society's own profile questions; unreadable JSON reads as none. */
export function parseSocietyAnswers(json: string | null): Record<string, ProfileAnswer> {
  if (!json) return {};
  try {
    const parsed = societyAnswersSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** When the evaluation speaks of: today, in the society's time zone. */
export interface FactsClock {
  now: Date;
  timeZone: string;
}

/**
 * The evaluator's snapshot of one trainee, in six Prisma calls (a fixed number of SQL statements)
 * whatever the number of entries: profile, entries (with each counterpart's register row),
 * active supervision, competency sign-offs, the supervisor's reports and the first application
 * submitted. With a clock, it also says which day the evaluation speaks of.
 */
export async function loadTraineeFacts(
  db: Db,
  personId: number,
  clock?: FactsClock,
): Promise<TraineeFacts> {
  const day = (moment: Date) => calendarDate(moment, clock?.timeZone ?? "UTC");
  const profile = await db.traineeProfile.findUnique({ where: { personId } });
  const entries = await db.activityEntry.findMany({
    where: { traineeId: personId },
    orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
    select: {
      kind: true,
      occurredOn: true,
      count: true,
      groupSessions: true,
      hours: true,
      state: true,
      note: true,
      caseDiscussions: true,
      recorded: true,
      provider: true,
      approvedInAdvance: true,
      faceToFace: true,
      counterpart: COUNTERPART_LEADER_SELECT,
    },
  });
  const supervision = await db.supervision.findFirst({
    where: { traineeId: personId, state: "active" },
    select: { id: true },
  });
  const signOffs = await db.competencySignOff.findMany({
    where: { traineeId: personId },
    orderBy: [{ signedAt: "desc" }, { id: "desc" }],
    select: { competency: true, rating: true },
  });
  const reports = await db.supervisorReport.findMany({
    where: { traineeId: personId },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { readyToApply: true, submittedAt: true },
  });
  const report = reports.at(-1);
  const applied = await db.application.findFirst({
    where: { traineeId: personId, submittedAt: { not: null } },
    orderBy: { submittedAt: "asc" },
    select: { submittedAt: true },
  });

  const competencies: Partial<Record<CompetencyId, CompetencyRating>> = {};
  for (const signOff of signOffs) {
    const { competency, rating } = signOff;
    if (isCompetencyId(competency) && isRating(rating) && !(competency in competencies)) {
      competencies[competency] = rating;
    }
  }

  return {
    profile: {
      ukBalintMember: profile?.ukBalintMember ?? null,
      membershipConfirmedOn: profile?.membershipConfirmedOn ?? null,
      professionalTraining: profile?.professionalTraining ?? null,
      psychoanalyticTraining: profile?.psychoanalyticTraining ?? null,
      psychoanalyticTrainingDetails: profile?.psychoanalyticTrainingDetails ?? null,
      answers: parseSocietyAnswers(profile?.societyAnswers ?? null),
    },
    entries: entries.flatMap((entry): EntryFacts[] => {
      const { kind, state } = entry;
      if (!isActivityKind(kind) || !isState(state)) return [];
      return [
        {
          kind,
          occurredOn: entry.occurredOn,
          count: entry.count,
          groupSessions: entry.groupSessions,
          hours: entry.hours,
          state,
          counterpartAccredited: countsOn(entry.counterpart?.leader, entry.occurredOn),
          hasNote: Boolean(entry.note?.trim()),
          caseDiscussions: entry.caseDiscussions,
          recorded: entry.recorded,
          provider: entry.provider,
          approvedInAdvance: entry.approvedInAdvance,
          faceToFace: entry.faceToFace,
        },
      ];
    }),
    hasActiveSupervisor: supervision !== null,
    competencies,
    // The latest report decides: a later "not yet" undoes an earlier "ready".
    report: report ? { submitted: true, readyToApply: report.readyToApply } : null,
    reports: reports.map((r) => ({
      submittedOn: day(r.submittedAt),
      readyToApply: r.readyToApply,
    })),
    pathwayStartedOn: profile?.pathwayStartedOn ?? null,
    appliedOn: applied?.submittedAt ? day(applied.submittedAt) : null,
    ...(clock ? { asOf: calendarDate(clock.now, clock.timeZone) } : {}),
  };
}
