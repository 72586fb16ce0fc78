import { type ConfirmerChoice, chooseConfirmer } from "../domain/entry-confirmation.ts";
import type { Db } from "./transaction.ts";

/** A register row counts on `date` when it is not removed and accreditedOn ≤ date. */
export function countsOn(
  leader: { accreditedOn: string; removedAt: Date | null } | null | undefined,
  date: string,
): boolean {
  return Boolean(leader && leader.removedAt === null && leader.accreditedOn <= date);
}

/** True when the person is on the register (not removed) with accreditedOn ≤ date. */
export async function accreditedOn(db: Db, personId: number, date: string): Promise<boolean> {
  const leader = await db.accreditedLeader.findUnique({
    where: { personId },
    select: { accreditedOn: true, removedAt: true },
  });
  return countsOn(leader, date);
}

/** The current register (removed and erased leaders left out), with each person, in name order. */
export async function currentLeaders(db: Db) {
  const leaders = await db.accreditedLeader.findMany({
    where: { removedAt: null, person: { erasedAt: null } },
    include: { person: true },
    orderBy: [{ accreditedOn: "asc" }, { id: "asc" }],
  });
  return leaders.sort((a, b) =>
    (a.person.displayName ?? a.person.slackUserId).localeCompare(
      b.person.displayName ?? b.person.slackUserId,
    ),
  );
}

/** The trainee's active supervision, if any (at most one is active at a time). */
export async function activeSupervision(db: Db, traineeId: number) {
  return db.supervision.findFirst({
    where: { traineeId, state: "active" },
    orderBy: { id: "desc" },
  });
}

/** True when `supervisorId` actively supervises `traineeId`. */
export async function isActiveSupervisor(
  db: Db,
  supervisorId: number,
  traineeId: number,
): Promise<boolean> {
  const found = await db.supervision.findFirst({
    where: { traineeId, supervisorId, state: "active" },
    select: { id: true },
  });
  return found !== null;
}

/** The counterpart's register row, as `choiceFor` reads it: for a Prisma `select`. */
export const COUNTERPART_LEADER_SELECT = {
  select: { leader: { select: { accreditedOn: true, removedAt: true } } },
} as const;

/** What the confirmer choice needs about one entry, read with the counterpart's register row. */
export interface EntryForChoice {
  traineeId: number;
  counterpartId: number | null;
  counterpart: { leader: { accreditedOn: string; removedAt: Date | null } | null } | null;
}

/** Who may confirm an entry, judged on `today`, from rows already loaded (no query per entry). */
export function choiceFor(
  entry: EntryForChoice,
  activeSupervisorId: number | null,
  today: string,
): ConfirmerChoice {
  return chooseConfirmer({
    traineeId: entry.traineeId,
    counterpart:
      entry.counterpartId === null
        ? null
        : {
            personId: entry.counterpartId,
            accreditedNow: countsOn(entry.counterpart?.leader, today),
          },
    activeSupervisorId,
  });
}

/** Who may confirm one entry naming `counterpartId`, judged on `today`. */
export async function findConfirmer(
  db: Db,
  entry: { traineeId: number; counterpartId: number | null },
  today: string,
): Promise<ConfirmerChoice> {
  const [counterpart, supervision] = await Promise.all([
    entry.counterpartId === null
      ? Promise.resolve(null)
      : db.person.findUnique({ where: { id: entry.counterpartId }, ...COUNTERPART_LEADER_SELECT }),
    activeSupervision(db, entry.traineeId),
  ]);
  return choiceFor({ ...entry, counterpart }, supervision?.supervisorId ?? null, today);
}
