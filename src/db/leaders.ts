import { type ConfirmerChoice, chooseConfirmer } from "../domain/entry-confirmation.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Sql } from "./sql.ts";
import type { Db } from "./transaction.ts";

/**
 * One accreditation period: "YYYY-MM-DD" from its first day, to the day it ended (the day of
 * removal, itself no longer accredited; null while open).
 */
export interface PeriodRow {
  fromOn: string;
  toOn: string | null;
}

/** The register's periods for a Prisma `select` of a leader. */
export const PERIODS_SELECT = {
  select: { periods: { select: { fromOn: true, toOn: true } } },
} as const;

/** A leader counts as accredited on `date` when it falls in one of their periods. */
export function countsOn(
  leader: { periods: readonly PeriodRow[] } | null | undefined,
  date: string,
): boolean {
  return Boolean(
    leader?.periods.some((p) => p.fromOn <= date && (p.toOn === null || date < p.toOn)),
  );
}

/** True when the person was accredited on `date` (one of their periods holds it). */
export async function accreditedOn(db: Db, personId: number, date: string): Promise<boolean> {
  const leader = await db.accreditedLeader.findUnique({ where: { personId }, ...PERIODS_SELECT });
  return countsOn(leader, date);
}

/** Opens a period from `fromOn`; the register row says the leader is on it again. */
export async function openPeriod(
  db: Db,
  leaderId: number,
  fromOn: string,
  by: { openedById: number; at: Date },
): Promise<void> {
  await db.accreditationPeriod.create({
    data: { leaderId, fromOn, openedById: by.openedById, createdAt: by.at },
  });
}

/** Closes the leader's open periods on `toOn`, the day of removal (from which they no longer count). */
export async function closePeriods(
  db: Db,
  leaderId: number,
  toOn: string,
  closedById: number,
): Promise<void> {
  await db.accreditationPeriod.updateMany({
    where: { leaderId, toOn: null },
    data: { toOn, closedById },
  });
}

/** Moves the start of the leader's open period (a corrected accreditation date). */
export async function moveOpenPeriodStart(db: Db, leaderId: number, fromOn: string) {
  await db.accreditationPeriod.updateMany({ where: { leaderId, toOn: null }, data: { fromOn } });
}

/** Who is accredited on `today` (an open period holds it), with each person, in name order. */
export async function currentLeaders(db: Db, today: string) {
  const leaders = await db.accreditedLeader.findMany({
    where: {
      removedAt: null,
      person: { erasedAt: null },
      periods: { some: { fromOn: { lte: today }, toOn: null } },
    },
    include: { person: true },
    orderBy: [{ accreditedOn: "asc" }, { id: "asc" }],
  });
  return leaders.sort((a, b) =>
    (a.person.displayName ?? a.person.slackUserId).localeCompare(
      b.person.displayName ?? b.person.slackUserId,
    ),
  );
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

/** The counterpart's register periods, as `choiceFor` reads them: for a Prisma `select`. */
export const COUNTERPART_LEADER_SELECT = {
  select: { leader: PERIODS_SELECT },
} as const;

/** What the confirmer choice needs about one entry, read with the counterpart's register periods. */
export interface EntryForChoice {
  traineeId: number;
  counterpartId: number | null;
  counterpart: { leader: { periods: readonly PeriodRow[] } | null } | null;
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

/** A person an entry names, with their register periods (none when not on the register). */
export interface CounterpartWithPeriods {
  id: number;
  slackUserId: string;
  displayName: string | null;
  periods: PeriodRow[];
}

/** The person an entry names, with their register periods, in one raw statement. */
export async function counterpartWithPeriods(
  db: Sql,
  personId: number,
): Promise<CounterpartWithPeriods | null> {
  const rows = await db.$queryRaw<
    {
      id: number | bigint;
      slackUserId: string;
      displayName: string | null;
      fromOn: string | null;
      toOn: string | null;
    }[]
  >`
    SELECT "p"."id", "p"."slack_user_id" AS "slackUserId", "p"."display_name" AS "displayName",
      "ap"."from_on" AS "fromOn", "ap"."to_on" AS "toOn"
    FROM "people" AS "p"
      LEFT JOIN "accredited_leaders" AS "l" ON "l"."person_id" = "p"."id"
      LEFT JOIN "accreditation_periods" AS "ap" ON "ap"."leader_id" = "l"."id"
    WHERE "p"."id" = ${personId}`;
  const [first] = rows;
  if (!first) return null;
  return {
    id: Number(first.id),
    slackUserId: first.slackUserId,
    displayName: first.displayName,
    periods: rows.flatMap((row) =>
      row.fromOn === null ? [] : [{ fromOn: row.fromOn, toOn: row.toOn }],
    ),
  };
}

/** The trainee's active supervisor (the latest active supervision), in one raw statement. */
export async function activeSupervisorOf(
  db: Sql,
  traineeId: number,
): Promise<{ id: number; slackUserId: string } | null> {
  return (await activeSupervisorsOf(db, [traineeId])).get(traineeId) ?? null;
}

/** Each trainee's active supervisor (the latest active supervision of each), in one raw statement. */
export async function activeSupervisorsOf(
  db: Sql,
  traineeIds: readonly number[],
): Promise<Map<number, { id: number; slackUserId: string }>> {
  if (traineeIds.length === 0) return new Map();
  const rows = await db.$queryRaw<
    { traineeId: number | bigint; id: number | bigint; slackUserId: string }[]
  >`
    SELECT "s"."trainee_id" AS "traineeId", "p"."id", "p"."slack_user_id" AS "slackUserId"
    FROM "supervisions" AS "s" JOIN "people" AS "p" ON "p"."id" = "s"."supervisor_id"
    WHERE "s"."trainee_id" IN (${Prisma.join(traineeIds)}) AND "s"."state" = 'active'
    ORDER BY "s"."id"`;
  return new Map(
    rows.map((row) => [
      Number(row.traineeId),
      { id: Number(row.id), slackUserId: row.slackUserId },
    ]),
  );
}
