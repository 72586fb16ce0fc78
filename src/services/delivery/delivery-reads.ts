import type { ServiceContext } from "../context.ts";
import { pathwayBasis } from "../progress/pathway-start.ts";

/**
 * What the deliverer reads to draw a message as the data now stands. Each read finds nothing
 * (null) when the thing is gone, e.g. erased: the notice is then dropped, not retried.
 */
export function personById(ctx: ServiceContext, id: number) {
  return ctx.db.person.findUnique({ where: { id } });
}

export function leadershipRequestToShow(ctx: ServiceContext, id: number) {
  return ctx.db.leadershipRequest.findUnique({
    where: { id },
    include: { person: true, answeredBy: true },
  });
}

export function applicationEventToTell(ctx: ServiceContext, eventId: number) {
  return ctx.db.applicationEvent.findUnique({
    where: { id: eventId },
    include: { application: { include: { trainee: true } } },
  });
}

export function supervisionToTell(ctx: ServiceContext, id: number) {
  return ctx.db.supervision.findUnique({
    where: { id },
    include: { trainee: true, supervisor: true },
  });
}

export function reportToTell(ctx: ServiceContext, id: number) {
  return ctx.db.supervisorReport.findUnique({
    where: { id },
    include: { trainee: true, supervisor: true },
  });
}

/** The sign-offs made together, and each competency's rating just before them. */
export async function signOffsToTell(ctx: ServiceContext, ids: readonly number[]) {
  const signOffs = await ctx.db.competencySignOff.findMany({
    where: { id: { in: [...ids] } },
    orderBy: { id: "asc" },
  });
  const first = signOffs[0];
  if (!first) return null;
  const earlier = await ctx.db.competencySignOff.findMany({
    where: { traineeId: first.traineeId, id: { lt: first.id } },
    orderBy: { id: "asc" },
    select: { competency: true, rating: true },
  });
  const previous = new Map(earlier.map((row) => [row.competency, row.rating]));
  return { signOffs, signedAt: first.signedAt, previous };
}

/** The trainee's profile, and why they follow the criteria they do. */
export async function profileToTell(ctx: ServiceContext, personId: number) {
  const profile = await ctx.db.traineeProfile.findUnique({
    where: { personId },
    include: { person: true },
  });
  if (!profile) return null;
  return { profile, basis: await pathwayBasis(ctx.db, personId, profile, ctx) };
}
