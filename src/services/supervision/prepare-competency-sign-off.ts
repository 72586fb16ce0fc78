import { z } from "zod";
import {
  COMPETENCY_IDS,
  COMPETENCY_RATINGS,
  type CompetencyId,
  type CompetencyRating,
} from "../../domain/competencies.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput } from "../inputs.ts";
import { requireSupervisorOf } from "./supervisor-of.ts";

export const prepareCompetencySignOffInput = z.object({ trainee: personRefInput });
export type PrepareCompetencySignOffInput = z.input<typeof prepareCompetencySignOffInput>;

export interface LatestRating {
  rating: CompetencyRating;
  /** Only when the supervisor opening the form wrote it: comments are the author's and the trainee's. */
  comment: string | null;
  signedAt: Date;
}

export interface PrepareCompetencySignOffResult {
  trainee: { id: number; slackUserId: string };
  /** The latest rating of each competency, to prefill the form and show growth. */
  latest: Partial<Record<CompetencyId, LatestRating>>;
}

function isCompetencyId(value: string): value is CompetencyId {
  return (COMPETENCY_IDS as readonly string[]).includes(value);
}

function isRating(value: string): value is CompetencyRating {
  return (COMPETENCY_RATINGS as readonly string[]).includes(value);
}

/** Opening the sign-off form: only the trainee's active supervisor; reads only. */
export async function prepareCompetencySignOff(
  ctx: ServiceContext,
  actor: Actor,
  input: PrepareCompetencySignOffInput,
): Promise<PrepareCompetencySignOffResult> {
  const { trainee: traineeRef } = parseInput(prepareCompetencySignOffInput, input);
  return ctx.db.$transaction(async (tx) => {
    const { supervisor, trainee } = await requireSupervisorOf(
      tx,
      actor,
      traineeRef,
      "sign off their competencies",
    );
    const signOffs = await tx.competencySignOff.findMany({
      where: { traineeId: trainee.id },
      orderBy: [{ signedAt: "desc" }, { id: "desc" }],
      select: {
        competency: true,
        rating: true,
        comment: true,
        signedAt: true,
        supervisorId: true,
      },
    });
    const latest: Partial<Record<CompetencyId, LatestRating>> = {};
    for (const { competency, rating, comment, signedAt, supervisorId } of signOffs) {
      if (isCompetencyId(competency) && isRating(rating) && !latest[competency]) {
        // A previous supervisor's rating shows growth; their comment stays theirs.
        const own = supervisorId === supervisor.id;
        latest[competency] = { rating, comment: own ? comment : null, signedAt };
      }
    }
    return { trainee: { id: trainee.id, slackUserId: trainee.slackUserId }, latest };
  });
}
