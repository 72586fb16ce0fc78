import type { Db } from "../../db/transaction.ts";
import { FORMER_MEMBER, isErasedUserId } from "../../domain/former-member.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** A person as the export names them: their display name, else their Slack id. */
export function nameOf(person: { slackUserId: string; displayName: string | null }): string {
  if (isErasedUserId(person.slackUserId)) return FORMER_MEMBER;
  return person.displayName ?? person.slackUserId;
}

/** Audit rows about a person and those they acted in: what an export shows. */
export async function auditRowsAbout(db: Db, personId: number): Promise<Prisma.AuditLogWhereInput> {
  return { OR: [{ actorId: personId }, await auditSubjectsOf(db, personId)] };
}

/**
 * Audit rows whose subject is the person or one of their own records. Erasure strips their
 * details; export shows them.
 */
export async function auditSubjectsOf(
  db: Db,
  personId: number,
): Promise<Prisma.AuditLogWhereInput> {
  const ids = async (rows: Promise<{ id: number }[]>) => (await rows).map((row) => row.id);
  const byTrainee = { where: { traineeId: personId }, select: { id: true } } as const;
  const byAuthor = { where: { personId }, select: { id: true } } as const;
  const [entries, applications, reports, requests, profiles, leaders, supervisions] =
    await Promise.all([
      ids(db.activityEntry.findMany(byTrainee)),
      ids(db.application.findMany(byTrainee)),
      ids(db.supervisorReport.findMany(byTrainee)),
      ids(db.leadershipRequest.findMany(byAuthor)),
      ids(db.traineeProfile.findMany(byAuthor)),
      ids(db.accreditedLeader.findMany(byAuthor)),
      ids(
        db.supervision.findMany({
          where: { OR: [{ traineeId: personId }, { supervisorId: personId }] },
          select: { id: true },
        }),
      ),
    ]);
  const subject = (subjectType: string, subjectIds: number[]) => ({
    subjectType,
    subjectId: { in: subjectIds },
  });
  return {
    OR: [
      subject("person", [personId]),
      subject("activity_entry", entries),
      subject("application", applications),
      subject("supervisor_report", reports),
      subject("leadership_request", requests),
      subject("trainee_profile", profiles),
      subject("accredited_leader", leaders),
      subject("supervision", supervisions),
    ],
  };
}
