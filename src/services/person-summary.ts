/** A person as the digests and reminders name them. */
export interface PersonSummary {
  personId: number;
  slackTeamId: string;
  slackUserId: string;
  displayName: string | null;
}

/** The columns `personSummary` reads, for a Prisma `select`. */
export const PERSON_SUMMARY_SELECT = {
  id: true,
  slackTeamId: true,
  slackUserId: true,
  displayName: true,
} as const;

export function personSummary(person: {
  id: number;
  slackTeamId: string;
  slackUserId: string;
  displayName: string | null;
}): PersonSummary {
  return {
    personId: person.id,
    slackTeamId: person.slackTeamId,
    slackUserId: person.slackUserId,
    displayName: person.displayName,
  };
}
