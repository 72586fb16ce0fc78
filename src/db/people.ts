import type { PersonRef } from "../domain/person-ref.ts";
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
