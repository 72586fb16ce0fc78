import type { Database } from "../../../db/client.ts";
import { addDays, calendarDate } from "../../../domain/dates.ts";
import { decideEntry } from "../../../services/confirmations/decide-entry.ts";
import type { Actor, ServiceContext } from "../../../services/context.ts";
import type { LogEntryInput } from "../../../services/entries/entry-fields.ts";
import { logEntry } from "../../../services/entries/log-entry.ts";
import { setUpProfile } from "../../../services/progress/set-up-profile.ts";
import { addLeader } from "../../../services/register/add-leader.ts";
import { requestSupervision } from "../../../services/supervision/request-supervision.ts";
import { respondToSupervision } from "../../../services/supervision/respond-to-supervision.ts";
import { signOffCompetencies } from "../../../services/supervision/sign-off-competencies.ts";
import { DEMO_PEOPLE, type DemoPerson } from "./demo-society.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Fills a fresh database with the demo society's history, through the use cases (as the people
 * themselves would have done it over the past year): Dr Ahmed on the register and supervising
 * Sam; Sam part-way through, with one co-led entry still waiting for Dr Ahmed.
 */
export async function seedDemoSociety(
  db: Database,
  options: { teamId: string; now: Date; timeZone: string },
): Promise<{ traineePersonId: number }> {
  const { teamId, now, timeZone } = options;
  const today = calendarDate(now, timeZone);
  const daysAgo = (days: number): ServiceContext => ({
    db,
    now: new Date(now.getTime() - days * DAY_MS),
    timeZone,
  });
  const dateAgo = (days: number) => addDays(today, -days);
  const actor = (person: DemoPerson, isAdmin = false): Actor => ({
    teamId,
    userId: person.id,
    isAdmin,
    displayName: person.realName,
  });
  const ref = (person: DemoPerson) => ({ teamId, userId: person.id, displayName: person.realName });
  const admin = actor(DEMO_PEOPLE.admin, true);
  const leader = actor(DEMO_PEOPLE.leader);
  const trainee = actor(DEMO_PEOPLE.trainee);

  await addLeader(daysAgo(400), admin, {
    person: ref(DEMO_PEOPLE.leader),
    accreditedOn: dateAgo(2200),
  });
  await setUpProfile(daysAgo(330), trainee, {
    ukBalintMember: true,
    professionalTraining: "GP (MRCGP), practising in Leeds",
    psychoanalyticTraining: false,
    pathwayStartedOn: dateAgo(330),
  });
  const asked = await requestSupervision(daysAgo(320), trainee, {
    supervisor: ref(DEMO_PEOPLE.leader),
  });
  await respondToSupervision(daysAgo(319), leader, {
    supervisionId: asked.supervision.id,
    response: "accept",
  });

  const log = async (days: number, input: Omit<LogEntryInput, "occurredOn">) =>
    (await logEntry(daysAgo(days), trainee, { ...input, occurredOn: dateAgo(days) })).entry;
  const confirmed = async (days: number, input: Omit<LogEntryInput, "occurredOn">) => {
    const entry = await log(days, input);
    await decideEntry(daysAgo(days - 2), leader, {
      entryId: entry.id,
      version: 1,
      decision: "confirm",
    });
  };
  const withLeader = ref(DEMO_PEOPLE.leader);

  await log(300, { kind: "group_member", count: 6 });
  await log(240, { kind: "group_member", count: 5 });
  await log(200, { kind: "weekend_member", count: 1 });
  await log(150, { kind: "group_member", count: 4 });
  await log(120, { kind: "training_day", count: 1 });
  await confirmed(110, { kind: "coled", count: 4, counterpart: withLeader });
  await confirmed(100, { kind: "supervision", hours: 1.5, mode: "video", counterpart: withLeader });
  await confirmed(70, { kind: "coled", count: 3, counterpart: withLeader });
  await confirmed(45, {
    kind: "supervision",
    hours: 1,
    mode: "face_to_face",
    counterpart: withLeader,
  });
  await signOffCompetencies(daysAgo(40), leader, {
    trainee: ref(DEMO_PEOPLE.trainee),
    ratings: {
      C1: { rating: "demonstrated" },
      C2: { rating: "demonstrated" },
      C3: { rating: "developing" },
      C4: { rating: "developing" },
      C5: { rating: "not_observed" },
    },
  });
  await confirmed(30, { kind: "coled", count: 2, counterpart: withLeader });
  // Still waiting for Dr Ahmed: older than a week, so the reminders pick it up.
  const waiting = await log(9, { kind: "coled", count: 2, counterpart: withLeader });
  return { traineePersonId: waiting.traineeId };
}
