import type { Database } from "../../db/client.ts";

/**
 * What the deliverer reads to draw a message as the data now stands. Each read finds nothing
 * (null) when the thing is gone, e.g. erased: the notice is then dropped, not retried.
 */
export function personById(db: Database, id: number) {
  return db.person.findUnique({ where: { id } });
}

export function enquiryToShow(db: Database, id: number) {
  return db.enquiry.findUnique({ where: { id }, include: { person: true, answeredBy: true } });
}

export function trainingDayRequestToShow(db: Database, id: number) {
  return db.trainingDayRequest.findUnique({
    where: { id },
    include: { person: true, answeredBy: true },
  });
}

export function applicationEventToTell(db: Database, eventId: number) {
  return db.applicationEvent.findUnique({
    where: { id: eventId },
    include: { application: { include: { trainee: true } } },
  });
}

export function supervisionToTell(db: Database, id: number) {
  return db.supervision.findUnique({
    where: { id },
    include: { trainee: true, supervisor: true },
  });
}

export function reportToTell(db: Database, id: number) {
  return db.supervisorReport.findUnique({
    where: { id },
    include: { trainee: true, supervisor: true },
  });
}

/** The sign-offs made together, and each competency's rating just before them. */
export async function signOffsToTell(db: Database, ids: readonly number[]) {
  const signOffs = await db.competencySignOff.findMany({
    where: { id: { in: [...ids] } },
    orderBy: { id: "asc" },
  });
  const first = signOffs[0];
  if (!first) return null;
  const earlier = await db.competencySignOff.findMany({
    where: { traineeId: first.traineeId, id: { lt: first.id } },
    orderBy: { id: "asc" },
    select: { competency: true, rating: true },
  });
  const previous = new Map(earlier.map((row) => [row.competency, row.rating]));
  return { signOffs, signedAt: first.signedAt, previous };
}

export function profileToTell(db: Database, personId: number) {
  return db.traineeProfile.findUnique({ where: { personId }, include: { person: true } });
}
