import { currentLeaders } from "../../db/leaders.ts";
import type { ServiceContext } from "../context.ts";
import { todayFor } from "../inputs.ts";

export interface ListedLeader {
  personId: number;
  slackTeamId: string;
  slackUserId: string;
  displayName: string | null;
  /** "YYYY-MM-DD" */
  accreditedOn: string;
}

export interface ListLeadersResult {
  leaders: ListedLeader[];
}

/** Who is accredited today (removed ones left out), in name order. */
export async function listLeaders(ctx: ServiceContext): Promise<ListLeadersResult> {
  return ctx.db.$transaction(async (tx) => {
    const rows = await currentLeaders(tx, todayFor(ctx));
    return {
      leaders: rows.map((row) => ({
        personId: row.personId,
        slackTeamId: row.person.slackTeamId,
        slackUserId: row.person.slackUserId,
        displayName: row.person.displayName,
        accreditedOn: row.accreditedOn,
      })),
    };
  });
}
