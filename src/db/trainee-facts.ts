import { ENTRY_STATES, type EntryState, isActivityKind } from "../domain/activity.ts";
import {
  COMPETENCY_IDS,
  COMPETENCY_RATINGS,
  type CompetencyId,
  type CompetencyRating,
} from "../domain/competencies.ts";
import type { EntryFacts, TraineeFacts } from "../domain/progress.ts";
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

/**
 * The evaluator's snapshot of one trainee, in five Prisma calls (a fixed number of SQL statements) whatever
 * the number of entries: profile, entries (with each counterpart's register row), active
 * supervision, competency sign-offs and the latest supervisor's report.
 */
export async function loadTraineeFacts(db: Db, personId: number): Promise<TraineeFacts> {
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
  const report = await db.supervisorReport.findFirst({
    where: { traineeId: personId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { readyToApply: true },
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
        },
      ];
    }),
    hasActiveSupervisor: supervision !== null,
    competencies,
    // The latest report decides: a later "not yet" undoes an earlier "ready".
    report: report ? { submitted: true, readyToApply: report.readyToApply } : null,
  };
}
