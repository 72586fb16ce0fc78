import { Prisma } from "../generated/prisma/client.ts";
import type { Sql } from "./sql.ts";
import type { Db } from "./transaction.ts";

/**
 * How long after opening their App Home a person may still be looking at it. A change re-publishes
 * the Home of those who opened it within this time; anyone else sees it at their next open, when
 * Slack sends `app_home_opened` and the Home is drawn afresh.
 */
export const HOME_IN_VIEW_MS = 30 * 60_000;

/** Remembers when the person opened their App Home (wall-clock time); no row for a stranger. */
export async function rememberHomeOpened(
  db: Db,
  who: { teamId: string; userId: string },
  at: Date,
): Promise<void> {
  await db.person.updateMany({
    where: { slackTeamId: who.teamId, slackUserId: who.userId },
    data: { homeOpenedAt: at },
  });
}

/** Of these people, those who may be looking at their App Home now. */
export async function peopleLookingAtHome(
  db: Sql,
  personIds: readonly number[],
): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const since = new Date(Date.now() - HOME_IN_VIEW_MS);
  const looking = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT "id" FROM "people"
    WHERE "id" IN (${Prisma.join([...new Set(personIds)])}) AND "home_opened_at" > ${since}`;
  return new Set(looking.map((person) => Number(person.id)));
}
