import { z } from "zod";
import { claimedEntriesToAsk } from "../../db/entries.ts";
import { activeSupervisorOf, choiceFor } from "../../db/leaders.ts";
import { slackIdsOf } from "../../db/people.ts";
import { sqlOf } from "../../db/sql.ts";
import type { ServiceContext } from "../context.ts";
import { idInput, parseInput, todayFor } from "../inputs.ts";

export const planConfirmationRequestsInput = z.object({ traineeId: idInput });
export type PlanConfirmationRequestsInput = z.input<typeof planConfirmationRequestsInput>;

export interface RequestMessage {
  channel: string;
  ts: string;
}

/** The claimed entries of one trainee that wait for one confirmer. */
export interface ConfirmationRequestPlan {
  confirmer: { id: number; slackTeamId: string; slackUserId: string };
  entryIds: number[];
  /**
   * What this request is, for finding a DM posted for it whose recording a crash cut short:
   * the entry logged first (whatever its date, so a session logged later for an earlier day
   * keeps the name) and when it last changed (a corrected entry is asked about afresh).
   */
  identity: string;
  /** The DMs that already carry some of these entries, oldest first. */
  existingMessages: RequestMessage[];
}

interface EntryGroup {
  entryIds: number[];
  /** The entry logged first, and when it last changed. */
  first: { id: number; updatedAt: Date } | null;
  messages: Map<string, RequestMessage>;
}

function emptyGroup(): EntryGroup {
  return { entryIds: [], first: null, messages: new Map() };
}

/**
 * Groups a trainee's claimed entries by the person who may confirm them today. Raw reads outside
 * a transaction (the delivery path): a change meanwhile records a redraw of its own.
 */
export async function planConfirmationRequests(
  ctx: ServiceContext,
  input: PlanConfirmationRequestsInput,
): Promise<ConfirmationRequestPlan[]> {
  const { traineeId } = parseInput(planConfirmationRequestsInput, input);
  const today = todayFor(ctx);

  const sql = sqlOf(ctx.db);
  const entries = await claimedEntriesToAsk(sql, traineeId);
  const supervisor = await activeSupervisorOf(sql, traineeId);

  const groups = new Map<number, EntryGroup>();
  for (const entry of entries) {
    const choice = choiceFor(entry, supervisor?.id ?? null, today);
    if (choice.kind === "none") continue;
    const group = groups.get(choice.personId) ?? emptyGroup();
    group.entryIds.push(entry.id);
    if (!group.first || entry.id < group.first.id) {
      group.first = { id: entry.id, updatedAt: entry.updatedAt };
    }
    if (entry.requestChannel && entry.requestTs) {
      const message = { channel: entry.requestChannel, ts: entry.requestTs };
      group.messages.set(`${message.channel}/${message.ts}`, message);
    }
    groups.set(choice.personId, group);
  }

  const confirmers = await slackIdsOf(sql, [...groups.keys()]);
  return confirmers.map((confirmer) => {
    const group = groups.get(confirmer.id) ?? emptyGroup();
    return {
      confirmer,
      entryIds: group.entryIds,
      identity: `${confirmationIdentityPrefix(traineeId, confirmer.id)}${group.first?.id}/${group.first?.updatedAt.getTime()}`,
      existingMessages: [...group.messages.values()].sort((a, b) => compareTs(a.ts, b.ts)),
    };
  });
}

/** How every DM asking this confirmer about this trainee's sessions is named in Slack. */
export function confirmationIdentityPrefix(traineeId: number, confirmerId: number): string {
  return `confirm/${traineeId}/${confirmerId}/`;
}

/** Slack timestamps ("1700000000.000100") compare as numbers. */
export function compareTs(a: string, b: string): number {
  return Number(a) - Number(b);
}
