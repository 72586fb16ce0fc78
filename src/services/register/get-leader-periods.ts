import { z } from "zod";
import { findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput } from "../inputs.ts";
import { requireAdmin } from "./add-leader.ts";

export const getLeaderPeriodsInput = z.object({ person: personRefInput });
export type GetLeaderPeriodsInput = z.input<typeof getLeaderPeriodsInput>;

export interface LeaderPeriod {
  /** "YYYY-MM-DD", the first day accredited */
  fromOn: string;
  /** "YYYY-MM-DD", the day it ended (removal; not itself counted); null while open */
  toOn: string | null;
  openedBy: { slackUserId: string } | null;
  closedBy: { slackUserId: string } | null;
}

export interface GetLeaderPeriodsResult {
  slackUserId: string;
  /** Oldest first. */
  periods: LeaderPeriod[];
}

/** An admin sees when a person was accredited: every period on the register, oldest first. */
export async function getLeaderPeriods(
  ctx: ServiceContext,
  actor: Actor,
  input: GetLeaderPeriodsInput,
): Promise<GetLeaderPeriodsResult> {
  requireAdmin(actor);
  const { person: ref } = parseInput(getLeaderPeriodsInput, input);
  return ctx.db.$transaction(async (tx) => {
    const person = await findPerson(tx, ref);
    const leader = person
      ? await tx.accreditedLeader.findUnique({
          where: { personId: person.id },
          include: { periods: { orderBy: [{ fromOn: "asc" }, { id: "asc" }] } },
        })
      : null;
    if (!person || !leader) {
      throw AppError.refuse("NOT_FOUND", { reason: "never_a_leader", person: ref });
    }
    const peopleIds = leader.periods.flatMap((p) => [p.openedById, p.closedById]);
    const ids = [...new Set(peopleIds.filter((id): id is number => id !== null))];
    const people = await tx.person.findMany({
      where: { id: { in: ids } },
      select: { id: true, slackUserId: true },
    });
    const byId = new Map(people.map((p) => [p.id, { slackUserId: p.slackUserId }]));
    const who = (id: number | null) => (id === null ? null : (byId.get(id) ?? null));
    return {
      slackUserId: person.slackUserId,
      periods: leader.periods.map((p) => ({
        fromOn: p.fromOn,
        toOn: p.toOn,
        openedBy: who(p.openedById),
        closedBy: who(p.closedById),
      })),
    };
  });
}
