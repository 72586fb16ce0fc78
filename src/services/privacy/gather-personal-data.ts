import { z } from "zod";
import { findPerson } from "../../db/people.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput } from "../inputs.ts";
import type { PersonalData } from "./personal-data.ts";
import { auditRowsAbout, nameOf } from "./records-about.ts";

const gatherSchema = z.object({ person: personRefInput });
export type GatherPersonalDataInput = z.input<typeof gatherSchema>;

const NAMED = { select: { slackUserId: true, displayName: true } } as const;
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Everything held about one person (subject access). A person may ask for their own; an admin
 * for anyone's. Reads only that person's records, in one transaction.
 */
export async function gatherPersonalData(
  ctx: ServiceContext,
  actor: Actor,
  input: GatherPersonalDataInput,
): Promise<PersonalData> {
  const { person: ref } = parseInput(gatherSchema, input);
  const own = ref.teamId === actor.teamId && ref.userId === actor.userId;
  if (!own && !actor.isAdmin) {
    throw new AppError("FORBIDDEN", "Only the person themselves and admins can export their data.");
  }
  return ctx.db.$transaction(async (tx) => {
    const person = await findPerson(tx, ref);
    if (!person || person.erasedAt) {
      throw new AppError(
        "NOT_FOUND",
        own
          ? "I hold nothing about you yet: you have not used the bot."
          : "I hold nothing about that person.",
      );
    }
    const personId = person.id;
    const profile = await tx.traineeProfile.findUnique({ where: { personId } });
    const leader = await tx.accreditedLeader.findUnique({ where: { personId } });
    const entries = await tx.activityEntry.findMany({
      where: { traineeId: personId },
      orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      include: { counterpart: NAMED, decidedBy: NAMED },
    });
    const decided = await tx.activityEntry.findMany({
      where: { decidedById: personId, traineeId: { not: personId } },
      orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
      select: {
        kind: true,
        occurredOn: true,
        count: true,
        state: true,
        decidedAt: true,
        queryReason: true,
      },
    });
    const supervisions = await tx.supervision.findMany({
      where: { OR: [{ traineeId: personId }, { supervisorId: personId }] },
      orderBy: { id: "asc" },
      include: { trainee: NAMED, supervisor: NAMED },
    });
    const competencies = await tx.competencySignOff.findMany({
      where: { traineeId: personId },
      orderBy: [{ signedAt: "asc" }, { id: "asc" }],
      include: { supervisor: NAMED },
    });
    const reports = await tx.supervisorReport.findMany({
      where: { traineeId: personId },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      include: { supervisor: NAMED },
    });
    const requests = await tx.leadershipRequest.findMany({
      where: { personId },
      orderBy: { id: "asc" },
    });
    const enquiries = requests.filter((r) => r.kind === "interest_form");
    const trainingDays = requests.filter((r) => r.kind === "training_day");
    const applications = await tx.application.findMany({
      where: { traineeId: personId },
      orderBy: { id: "asc" },
      include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
    });
    const audit = await tx.auditLog.findMany({
      where: await auditRowsAbout(tx, personId),
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });

    return {
      generatedAt: iso(ctx.now),
      person: {
        slackUserId: person.slackUserId,
        displayName: person.displayName,
        isAdmin: person.isAdmin,
        nudgesOptedOut: person.nudgesOptedOut,
        confirmationRemindersSnoozedUntil: isoOrNull(person.confirmationRemindersSnoozedUntil),
        homeOpenedAt: person.homeOpenedAt && iso(person.homeOpenedAt),
        createdAt: iso(person.createdAt),
      },
      profile: profile && {
        ukBalintMember: profile.ukBalintMember,
        membershipConfirmedAt: isoOrNull(profile.membershipConfirmedAt),
        membershipConfirmedOn: profile.membershipConfirmedOn,
        professionalTraining: profile.professionalTraining,
        psychoanalyticTraining: profile.psychoanalyticTraining,
        psychoanalyticTrainingDetails: profile.psychoanalyticTrainingDetails,
        pathwayStartedOn: profile.pathwayStartedOn,
        pathwayStartSetAt: isoOrNull(profile.pathwayStartSetAt),
        rulesetId: profile.rulesetId,
        societyAnswers: profile.societyAnswers,
        createdAt: iso(profile.createdAt),
        updatedAt: iso(profile.updatedAt),
      },
      register: leader && {
        accreditedOn: leader.accreditedOn,
        removedAt: isoOrNull(leader.removedAt),
      },
      entries: entries.map((entry) => ({
        kind: entry.kind,
        occurredOn: entry.occurredOn,
        count: entry.count,
        hours: entry.hours,
        mode: entry.mode,
        format: entry.format,
        caseDiscussions: entry.caseDiscussions,
        recorded: entry.recorded,
        provider: entry.provider,
        approvedInAdvance: entry.approvedInAdvance,
        faceToFace: entry.faceToFace,
        withWhom: entry.counterpart && nameOf(entry.counterpart),
        note: entry.note,
        state: entry.state,
        decidedBy: entry.decidedBy && nameOf(entry.decidedBy),
        decidedAt: isoOrNull(entry.decidedAt),
        queryReason: entry.queryReason,
        importedAt: isoOrNull(entry.importedAt),
        createdAt: iso(entry.createdAt),
      })),
      confirmationsGiven: decided.map((entry) => ({
        ...entry,
        decidedAt: isoOrNull(entry.decidedAt),
      })),
      supervisions: supervisions.map((s) => {
        const asTrainee = s.traineeId === personId;
        return {
          role: asTrainee ? ("trainee" as const) : ("supervisor" as const),
          otherPerson: nameOf(asTrainee ? s.supervisor : s.trainee),
          state: s.state,
          requestedAt: iso(s.requestedAt),
          respondedAt: isoOrNull(s.respondedAt),
          endedAt: isoOrNull(s.endedAt),
        };
      }),
      competencies: competencies.map((c) => ({
        competency: c.competency,
        rating: c.rating,
        comment: c.comment,
        supervisor: nameOf(c.supervisor),
        signedAt: iso(c.signedAt),
      })),
      reportsAboutThem: reports.map((r) => ({
        supervisor: nameOf(r.supervisor),
        text: r.text,
        discussedWithTrainee: r.discussedWithTrainee,
        readyToApply: r.readyToApply,
        submittedAt: iso(r.submittedAt),
      })),
      enquiries: enquiries.map((e) => ({
        answers: e.answers === null ? null : parseJson(e.answers),
        reply: e.reply,
        answeredAt: isoOrNull(e.answeredAt),
        createdAt: iso(e.createdAt),
      })),
      trainingDayRequests: trainingDays.map((t) => ({
        area: t.area ?? "",
        details: t.details,
        reply: t.reply,
        answeredAt: isoOrNull(t.answeredAt),
        createdAt: iso(t.createdAt),
      })),
      applications: applications.map((a) => ({
        status: a.status,
        statement: a.statement,
        rulesetId: a.rulesetId,
        submittedAt: isoOrNull(a.submittedAt),
        createdAt: iso(a.createdAt),
        history: a.events.map((e) => ({
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          reason: e.reason,
          at: iso(e.at),
        })),
      })),
      audit: audit.map((row) => ({
        action: row.action,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        byThem: row.actorId === personId,
        details: row.details,
        at: iso(row.at),
      })),
    };
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
