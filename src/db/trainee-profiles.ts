import type { Sql } from "./sql.ts";

/**
 * When the person first appeared: their first interest form, logged entry or profile, whichever
 * came first; null when there is none. One raw statement.
 */
export async function firstAppearedAt(db: Sql, personId: number): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ at: Date | string | null }[]>`
    SELECT MIN("at") AS "at" FROM (
      SELECT MIN("created_at") AS "at" FROM "leadership_requests"
      WHERE "person_id" = ${personId} AND "kind" = 'interest_form'
      UNION ALL SELECT MIN("created_at") FROM "activity_entries" WHERE "trainee_id" = ${personId}
      UNION ALL SELECT MIN("created_at") FROM "trainee_profiles" WHERE "person_id" = ${personId}
    ) AS "firsts"`;
  return row?.at == null ? null : new Date(row.at);
}

/** Stores a profile with every answer unknown. One raw statement. */
export async function insertProfile(
  db: Sql,
  profile: { personId: number; rulesetId: string; createdAt: Date },
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "trainee_profiles" ("person_id", "ruleset_id", "created_at", "updated_at")
    VALUES (${profile.personId}, ${profile.rulesetId}, ${profile.createdAt}, ${new Date()})`;
}
