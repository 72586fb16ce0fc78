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

/** The current register (removed leaders left out), with each person, in name order. */
export async function currentLeaders(db: Db) {
  const leaders = await db.accreditedLeader.findMany({
    where: { removedAt: null },
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

/** Who may confirm an entry naming `counterpartId`, judged on `today`. */
export async function findConfirmer(
  db: Db,
  entry: { traineeId: number; counterpartId: number | null },
  today: string,
): Promise<ConfirmerChoice> {
  const [counterpartAccredited, supervision] = await Promise.all([
    entry.counterpartId === null
      ? Promise.resolve(false)
      : accreditedOn(db, entry.counterpartId, today),
    activeSupervision(db, entry.traineeId),
  ]);
  return chooseConfirmer({
    traineeId: entry.traineeId,
    counterpart:
      entry.counterpartId === null
        ? null
        : { personId: entry.counterpartId, accreditedNow: counterpartAccredited },
    activeSupervisorId: supervision?.supervisorId ?? null,
  });
}
