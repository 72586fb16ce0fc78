import type { PersonRef } from "../domain/person-ref.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { HOME_IN_VIEW_MS } from "./home-views.ts";
import type { Sql } from "./sql.ts";
import type { Db } from "./transaction.ts";

/** Finds or creates the person for a Slack user; refreshes their display name when given. */
export async function ensurePerson(db: Db, ref: PersonRef, isAdmin?: boolean) {
  return db.person.upsert({
    where: { slackTeamId_slackUserId: { slackTeamId: ref.teamId, slackUserId: ref.userId } },
    create: {
      slackTeamId: ref.teamId,
      slackUserId: ref.userId,
      displayName: ref.displayName ?? null,
      isAdmin: isAdmin ?? false,
    },
    update: {
      ...(ref.displayName ? { displayName: ref.displayName } : {}),
      ...(isAdmin === undefined ? {} : { isAdmin }),
    },
  });
}

export async function findPerson(db: Db, ref: PersonRef) {
  return db.person.findUnique({
    where: { slackTeamId_slackUserId: { slackTeamId: ref.teamId, slackUserId: ref.userId } },
  });
}

/** Who a Slack user is here, in one raw statement; null for a stranger. */
export async function findPersonRef(
  db: Sql,
  ref: PersonRef,
): Promise<{ id: number; slackUserId: string } | null> {
  const [row] = await db.$queryRaw<{ id: number | bigint; slackUserId: string }[]>`
    SELECT "id", "slack_user_id" AS "slackUserId" FROM "people"
    WHERE "slack_team_id" = ${ref.teamId} AND "slack_user_id" = ${ref.userId}`;
  return row ? { id: Number(row.id), slackUserId: row.slackUserId } : null;
}

/** A person as the logging path needs them: who they are and what their profile says. */
export interface PersonToLog {
  id: number;
  isAdmin: boolean;
  displayName: string | null;
  /** They opened their App Home lately (src/db/home-views.ts): a change re-publishes it. */
  homeInView: boolean;
  /** Null when they have no trainee profile yet. */
  profile: { rulesetId: string; answered: boolean } | null;
}

/** The person for a Slack user with their profile's ruleset, in one raw statement; null for a stranger. */
export async function findPersonToLog(db: Sql, ref: PersonRef): Promise<PersonToLog | null> {
  const since = new Date(Date.now() - HOME_IN_VIEW_MS);
  const [row] = await db.$queryRaw<
    {
      id: number | bigint;
      isAdmin: boolean | number | bigint;
      displayName: string | null;
      homeInView: boolean | number | bigint | null;
      rulesetId: string | null;
      answered: boolean | number | bigint | null;
    }[]
  >`
    SELECT "p"."id", "p"."is_admin" AS "isAdmin", "p"."display_name" AS "displayName",
      ("p"."home_opened_at" > ${since}) AS "homeInView", "t"."ruleset_id" AS "rulesetId",
      ("t"."professional_training" IS NOT NULL) AS "answered"
    FROM "people" AS "p" LEFT JOIN "trainee_profiles" AS "t" ON "t"."person_id" = "p"."id"
    WHERE "p"."slack_team_id" = ${ref.teamId} AND "p"."slack_user_id" = ${ref.userId}`;
  if (!row) return null;
  return {
    id: Number(row.id),
    isAdmin: Boolean(Number(row.isAdmin)),
    displayName: row.displayName,
    homeInView: Boolean(Number(row.homeInView)),
    profile:
      row.rulesetId === null
        ? null
        : { rulesetId: row.rulesetId, answered: Boolean(Number(row.answered)) },
  };
}

/**
 * `ensurePerson` in one raw statement, returning only what the logging path needs: finds or
 * creates the person, refreshing their display name (and admin flag) when given.
 */
export async function ensurePersonId(
  db: Sql,
  ref: PersonRef,
  isAdmin?: boolean,
): Promise<{ id: number; slackUserId: string; displayName: string | null }> {
  const updates = [
    ...(ref.displayName ? [Prisma.sql`"display_name" = excluded."display_name"`] : []),
    ...(isAdmin === undefined ? [] : [Prisma.sql`"is_admin" = excluded."is_admin"`]),
  ];
  // Updating a column to itself when nothing changes, so that RETURNING gives the row.
  const set =
    updates.length > 0
      ? Prisma.join(updates)
      : Prisma.sql`"slack_user_id" = excluded."slack_user_id"`;
  const [row] = await db.$queryRaw<
    { id: number | bigint; slackUserId: string; displayName: string | null }[]
  >`
    INSERT INTO "people" ("slack_team_id", "slack_user_id", "display_name", "is_admin", "created_at")
    VALUES (${ref.teamId}, ${ref.userId}, ${ref.displayName ?? null}, ${isAdmin ?? false}, ${new Date()})
    ON CONFLICT ("slack_team_id", "slack_user_id") DO UPDATE SET ${set}
    RETURNING "id", "slack_user_id" AS "slackUserId", "display_name" AS "displayName"`;
  if (!row) throw new Error("The person was not stored");
  return { id: Number(row.id), slackUserId: row.slackUserId, displayName: row.displayName };
}

/** The Slack ids of these people, in one raw statement. */
export async function slackIdsOf(
  db: Sql,
  personIds: readonly number[],
): Promise<{ id: number; slackTeamId: string; slackUserId: string }[]> {
  if (personIds.length === 0) return [];
  const rows = await db.$queryRaw<
    { id: number | bigint; slackTeamId: string; slackUserId: string }[]
  >`
    SELECT "id", "slack_team_id" AS "slackTeamId", "slack_user_id" AS "slackUserId"
    FROM "people" WHERE "id" IN (${Prisma.join([...personIds])}) ORDER BY "id"`;
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}
