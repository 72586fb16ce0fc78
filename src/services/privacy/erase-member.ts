import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson, findPerson } from "../../db/people.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { erasedUserId } from "../../domain/former-member.ts";
import type { LeadershipRequestKind } from "../../domain/leadership-request.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, personRefInput } from "../inputs.ts";
import { auditSubjectsOf } from "./records-about.ts";

const eraseSchema = z.object({ person: personRefInput });
export type EraseMemberInput = z.input<typeof eraseSchema>;

/** A Slack message the bot posted that carries the erased person's details. */
export interface PostToRedact {
  channel: string;
  ts: string;
}

export interface EraseMemberResult {
  /** How many of each record went: small counts, also kept in the audit tombstone. */
  erased: Record<string, number>;
  /** Messages to edit so that they say the content was removed (delivered from the outbox). */
  posts: PostToRedact[];
}

/** Refuses anyone but an admin, themselves, and a person the bot does not hold. */
export function requireErasable(actor: Actor, ref: { teamId: string; userId: string }): void {
  if (!actor.isAdmin) {
    throw new AppError("FORBIDDEN", "Only the bot's admins can erase a person.");
  }
  if (ref.teamId === actor.teamId && ref.userId === actor.userId) {
    throw new AppError("FORBIDDEN", "You cannot erase yourself: ask another admin.");
  }
}

/**
 * Erases a person in one transaction. Their own records go: profile, entries with their notes,
 * enquiries, training-day requests, applications with their history, reports and sign-offs
 * about them, supervision as trainee, settings. Their row stays, stripped of Slack id and name,
 * so other people's records that name them keep their counts and show "a former member".
 * Audit rows about them lose their details; a tombstone records the erasure.
 */
export async function eraseMember(
  ctx: ServiceContext,
  actor: Actor,
  input: EraseMemberInput,
): Promise<EraseMemberResult> {
  const { person: ref } = parseInput(eraseSchema, input);
  requireErasable(actor, ref);
  return ctx.db.$transaction(async (tx) => {
    const person = await findPerson(tx, ref);
    if (!person || person.erasedAt) {
      throw new AppError(
        "NOT_FOUND",
        "I hold nothing about that person, so there is nothing to erase.",
      );
    }
    const admin = await ensurePerson(tx, actor, true);
    const personId = person.id;
    const posts = await postsCarrying(tx, personId);
    const confirmers = await confirmersToSweep(tx, personId);
    await tx.auditLog.updateMany({
      where: await auditSubjectsOf(tx, personId),
      data: { details: null },
    });

    const mine = { where: { traineeId: personId } };
    const authored = { where: { personId } };
    const asked = (kind: LeadershipRequestKind) => ({ where: { personId, kind } });
    const erased = {
      applications: (await tx.application.deleteMany(mine)).count,
      entries: (await tx.activityEntry.deleteMany(mine)).count,
      enquiries: (await tx.leadershipRequest.deleteMany(asked("interest_form"))).count,
      trainingDayRequests: (await tx.leadershipRequest.deleteMany(asked("training_day"))).count,
      reports: (await tx.supervisorReport.deleteMany(mine)).count,
      competencySignOffs: (await tx.competencySignOff.deleteMany(mine)).count,
      supervisionsAsTrainee: (await tx.supervision.deleteMany(mine)).count,
      profiles: (await tx.traineeProfile.deleteMany(authored)).count,
    };
    // Trainees they supervised keep the history, but a former member supervises nobody now.
    await tx.supervision.updateMany({
      where: { supervisorId: personId, state: { in: ["active", "requested"] } },
      data: { state: "ended", endedAt: ctx.now },
    });
    await tx.person.update({
      where: { id: personId },
      data: {
        slackUserId: erasedUserId(personId),
        displayName: null,
        isAdmin: false,
        nudgesOptedOut: false,
        confirmationRemindersSnoozedUntil: null,
        homeOpenedAt: null,
        erasedAt: ctx.now,
      },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "person.erased",
      subjectType: "person",
      subjectId: personId,
      details: { ...erased, postsRedacted: posts.length },
      at: ctx.now,
    });
    // Recorded with the erasure, so the posts are edited even if this process dies now.
    await recordEffects(tx, [
      ...posts.map((post) => ({ type: "post.redact", ...post }) as const),
      ...confirmers.map(
        (confirmerId) =>
          ({ type: "confirmations.sweep", traineeId: personId, confirmerId }) as const,
      ),
    ]);
    return { erased, posts };
  });
}

/** Posts about the person's enquiries, requests and applications, and DMs asking to confirm their entries. */
async function postsCarrying(tx: Tx, personId: number): Promise<PostToRedact[]> {
  const post = { postChannel: true, postTs: true } as const;
  const requests = await tx.leadershipRequest.findMany({ where: { personId }, select: post });
  const applications = await tx.application.findMany({
    where: { traineeId: personId },
    select: post,
  });
  const entries = await tx.activityEntry.findMany({
    where: { traineeId: personId },
    select: { requestChannel: true, requestTs: true },
  });
  const all = [
    ...[...requests, ...applications].map((p) => [p.postChannel, p.postTs]),
    ...entries.map((e) => [e.requestChannel, e.requestTs]),
  ];
  const unique = new Map<string, PostToRedact>();
  for (const [channel, ts] of all) {
    if (channel && ts) unique.set(`${channel}/${ts}`, { channel, ts });
  }
  return [...unique.values()];
}

/**
 * Who may hold a DM about the person's sessions that Slack took but the bot never recorded (its
 * answer was lost, or the process died): every co-leader of their sessions and every supervisor
 * they had. The session may have been decided from that DM since, so decided ones count too.
 * Their DMs with the bot are searched for it.
 */
async function confirmersToSweep(tx: Tx, personId: number): Promise<number[]> {
  const entries = await tx.activityEntry.findMany({
    where: { traineeId: personId, counterpartId: { not: null } },
    select: { counterpartId: true },
    distinct: ["counterpartId"],
  });
  const supervisions = await tx.supervision.findMany({
    where: { traineeId: personId },
    select: { supervisorId: true },
  });
  const ids = [
    ...entries.map((entry) => entry.counterpartId),
    ...supervisions.map((supervision) => supervision.supervisorId),
  ];
  return [...new Set(ids)].filter((id): id is number => id !== null && id !== personId);
}
