import type { Database } from "../../src/db/client.ts";
import { ensurePerson } from "../../src/db/people.ts";
import type { DecidingActor } from "../../src/services/applications/decide-application.ts";
import type { Actor } from "../../src/services/context.ts";
import { TEAM } from "./services.ts";

/** The people of the applications and enquiries tests: trainees, the subcommittee, an admin. */
export const trainee: Actor = {
  teamId: TEAM,
  userId: "UTRAINEE1",
  isAdmin: false,
  displayName: "Sam Trainee",
};
export const otherTrainee: Actor = {
  teamId: TEAM,
  userId: "UTRAINEE2",
  isAdmin: false,
  displayName: "Kim Trainee",
};
export const drAhmed: DecidingActor = {
  teamId: TEAM,
  userId: "UAHMED",
  isAdmin: false,
  displayName: "Dr Ahmed",
  isSubcommitteeMember: true,
};
export const drBrown: DecidingActor = {
  teamId: TEAM,
  userId: "UBROWN",
  isAdmin: false,
  displayName: "Dr Brown",
  isSubcommitteeMember: true,
};
export const admin: DecidingActor = {
  teamId: TEAM,
  userId: "UADMIN",
  isAdmin: true,
  displayName: "Alex Admin",
  isSubcommitteeMember: false,
};
export const bystander: DecidingActor = {
  teamId: TEAM,
  userId: "UBYSTANDER",
  isAdmin: false,
  displayName: "Pat Bystander",
  isSubcommitteeMember: false,
};

export const STATEMENT =
  "I have co-led a weekly group for two years and had regular supervision throughout.";

/**
 * A trainee whose checklist is complete under bsuk-2016-02: profile, 20 member sessions,
 * 20 co-led sessions, 2 courses, five competencies demonstrated and the supervisor's report.
 */
export async function seedCompleteTrainee(db: Database, actor: Actor = trainee) {
  const person = await ensurePerson(db, actor);
  const supervisor = await ensurePerson(db, {
    teamId: TEAM,
    userId: "USUPER",
    displayName: "Dr Sup",
  });
  await db.accreditedLeader.create({
    data: {
      personId: supervisor.id,
      accreditedOn: "2010-01-01",
      periods: { create: { fromOn: "2010-01-01" } },
    },
  });
  await db.traineeProfile.create({
    data: {
      personId: person.id,
      ukBalintMember: true,
      professionalTraining: "GP (MRCGP)",
      psychoanalyticTraining: false,
      pathwayStartedOn: "2024-01-10",
      rulesetId: "bsuk-2016-02",
    },
  });
  const entry = (kind: string, count: number, counterpartId: number | null = null) => ({
    traineeId: person.id,
    kind,
    occurredOn: "2025-06-01",
    count,
    state: "confirmed",
    counterpartId,
    note: "Notes on the group process.",
  });
  await db.activityEntry.createMany({
    data: [
      entry("group_member", 20),
      entry("coled", 20, supervisor.id),
      entry("leadership_course", 2),
      { ...entry("supervision", 1, supervisor.id), hours: 10, mode: "video", format: "individual" },
    ],
  });
  await db.supervision.create({
    data: { traineeId: person.id, supervisorId: supervisor.id, state: "active" },
  });
  await db.competencySignOff.createMany({
    data: ["C1", "C2", "C3", "C4", "C5"].map((competency) => ({
      traineeId: person.id,
      supervisorId: supervisor.id,
      competency,
      rating: "demonstrated",
    })),
  });
  const report = await db.supervisorReport.create({
    data: {
      traineeId: person.id,
      supervisorId: supervisor.id,
      text: "Ready.",
      discussedWithTrainee: true,
      readyToApply: true,
    },
  });
  return { person, supervisor, report };
}
