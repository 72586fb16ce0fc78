import { z } from "zod";
import {
  type ApplicationStatus,
  DECISION_STATUSES,
  isApplicationStatus,
} from "../../domain/application-status.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput } from "../inputs.ts";
import { PERSON_SUMMARY_SELECT, type PersonSummary, personSummary } from "../person-summary.ts";

export const listRecentDecisionsSchema = z.object({
  since: z.date({ error: "Give the moment to list decisions from." }),
});
export type ListRecentDecisionsInput = z.input<typeof listRecentDecisionsSchema>;

export interface RecentDecision {
  applicationId: number;
  fromStatus: string | null;
  toStatus: ApplicationStatus;
  reason: string | null;
  at: Date;
  decidedBy: PersonSummary;
  trainee: PersonSummary;
}

const personSelect = { select: PERSON_SUMMARY_SELECT } as const;

/** Decisions on applications (more information, recommend, not yet, accredited) since a moment, oldest first. */
export async function listRecentDecisions(
  ctx: ServiceContext,
  input: ListRecentDecisionsInput,
): Promise<RecentDecision[]> {
  const { since } = parseInput(listRecentDecisionsSchema, input);
  const events = await ctx.db.$transaction(async (tx) =>
    tx.applicationEvent.findMany({
      where: { toStatus: { in: [...DECISION_STATUSES] }, at: { gte: since, lte: ctx.now } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      include: {
        actor: personSelect,
        application: { select: { trainee: personSelect } },
      },
    }),
  );
  return events.flatMap((event): RecentDecision[] => {
    const { toStatus } = event;
    if (!isApplicationStatus(toStatus)) return [];
    return [
      {
        applicationId: event.applicationId,
        fromStatus: event.fromStatus,
        toStatus,
        reason: event.reason,
        at: event.at,
        decidedBy: personSummary(event.actor),
        trainee: personSummary(event.application.trainee),
      },
    ];
  });
}
