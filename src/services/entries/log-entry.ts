import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { activeSupervision, findConfirmer } from "../../db/leaders.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePerson } from "../../db/people.ts";
import type { Db } from "../../db/transaction.ts";
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  isActivityKind,
  isOnePerEntry,
  needsConfirmation,
  SUPERVISION_FORMATS,
  SUPERVISION_MODES,
} from "../../domain/activity.ts";
import { kindNoun } from "../../domain/activity-words.ts";
import { AppError } from "../../domain/app-error.ts";
import type { NoConfirmerReason } from "../../domain/entry-confirmation.ts";
import { ENTRY_LIMITS } from "../../domain/entry-limits.ts";
import {
  ENTRY_QUESTIONS,
  type EntryQuestion,
  entryQuestions,
} from "../../domain/entry-questions.ts";
import type { PersonRef } from "../../domain/person-ref.ts";
import type { NamedPerson } from "../../domain/refusal.ts";
import type { Ruleset } from "../../domain/ruleset.ts";
import type { ActivityEntry, Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import {
  calendarDateInput,
  countInput,
  groupSessionsInput,
  noteInput,
  parseInput,
  personRefInput,
  supervisionHoursInput,
  todayFor,
} from "../inputs.ts";
import { storedRuleset } from "../progress/pathway-start.ts";
import { ensureProfile } from "../progress/set-up-profile.ts";

/** Why a count above 1 is refused for a kind that is one per entry. */
export function onePerEntryMessage(kind: ActivityKind): string {
  if (kind === "supervision") {
    return "Log one supervision session per entry, with its total hours (e.g. 1.5h); leave out the number of sessions.";
  }
  return `A ${kindNoun(kind, 1)} is one event per entry: log each one on its own, with its own date.`;
}

/** The fields of one entry, as logged or resubmitted. Counts default to 1. */
export function entryFieldsInput(today: string) {
  return z
    .object({
      kind: z.enum(ACTIVITY_KINDS, { error: "Choose what kind of activity you are logging." }),
      occurredOn: calendarDateInput(today, "The session date"),
      count: countInput.default(1),
      groupSessions: groupSessionsInput.optional(),
      caseDiscussions: z
        .number({ error: "Case discussions are a whole number." })
        .int("Case discussions are a whole number.")
        .min(0, "Case discussions cannot be negative.")
        .max(
          ENTRY_LIMITS.caseDiscussions.max,
          `At most ${ENTRY_LIMITS.caseDiscussions.max} case discussions per entry.`,
        )
        .optional(),
      recorded: z.boolean({ error: "Say whether the supervised group was recorded." }).optional(),
      provider: z
        .string({ error: "Name who provided the event, e.g. BSANZ." })
        .trim()
        .min(1, "Name who provided the event, e.g. BSANZ.")
        .max(
          ENTRY_LIMITS.providerLength,
          `A provider's name is at most ${ENTRY_LIMITS.providerLength} characters.`,
        )
        .optional(),
      approvedInAdvance: z
        .boolean({ error: "Say whether the event was approved in advance." })
        .optional(),
      faceToFace: z.boolean({ error: "Say whether it was face to face or online." }).optional(),
      hours: supervisionHoursInput.optional(),
      mode: z
        .enum(SUPERVISION_MODES, {
          error: "Supervision is face to face, by video or by telephone.",
        })
        .optional(),
      format: z
        .enum(SUPERVISION_FORMATS, { error: "Supervision is individual or in a group." })
        .optional(),
      counterpart: personRefInput.optional(),
      note: noteInput,
    })
    .superRefine((fields, ctx) => {
      const { kind } = fields;
      if (!isActivityKind(kind)) return;
      const supervision = kind === "supervision";
      if (isOnePerEntry(kind) && fields.count !== 1) {
        ctx.addIssue({ code: "custom", path: ["count"], message: onePerEntryMessage(kind) });
      }
      if (kind !== "weekend_member" && fields.groupSessions !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["groupSessions"],
          message: `Only a Balint Society weekend records small-group sessions: leave them out for a ${kindNoun(kind, 1)}.`,
        });
      }
      if (supervision && fields.hours === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["hours"],
          message: "A supervision entry needs its length in hours, e.g. 1.5h.",
        });
      }
      if (!supervision && fields.hours !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["hours"],
          message: `Only supervision has hours: leave them out for a ${kindNoun(kind, 1)}.`,
        });
      }
      if (!supervision && (fields.mode !== undefined || fields.format !== undefined)) {
        ctx.addIssue({
          code: "custom",
          path: ["mode"],
          message: `Only supervision is face to face, video or telephone, individual or group: leave that out for a ${kindNoun(kind, 1)}.`,
        });
      }
      if (!needsConfirmation(kind) && fields.counterpart !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["counterpart"],
          message: `A ${kindNoun(kind, 1)} needs nobody to confirm it: leave out "with @person".`,
        });
      }
    })
    .transform((fields) => ({
      ...fields,
      groupSessions: fields.groupSessions ?? null,
      caseDiscussions: fields.caseDiscussions ?? null,
      recorded: fields.recorded ?? null,
      provider: fields.provider ?? null,
      approvedInAdvance: fields.approvedInAdvance ?? null,
      faceToFace: fields.faceToFace ?? null,
      hours: fields.hours ?? null,
      mode: fields.mode ?? null,
      format: fields.kind === "supervision" ? (fields.format ?? "individual") : null,
      counterpart: fields.counterpart ?? null,
    }));
}
export type EntryFieldsInput = z.input<ReturnType<typeof entryFieldsInput>>;
export type EntryFields = z.output<ReturnType<typeof entryFieldsInput>>;

/** Same schema as entryFieldsInput: what the one-line log command and the logging modal send. */
export const logEntryInput = entryFieldsInput;
export type LogEntryInput = EntryFieldsInput;

export interface NoConfirmer {
  reason: NoConfirmerReason;
  counterpart: NamedPerson | null;
}

export interface EntryConfirmation {
  needsConfirmation: boolean;
  /** Who is asked to confirm: the named person, or the supervisor instead; null when nobody can yet. */
  confirmer: Person | null;
  confirmerIsSupervisorInstead: boolean;
  /** Why nobody can confirm it yet, when it needs confirming, with the person named if any. */
  noConfirmer: NoConfirmer | null;
}

export interface LogEntryResult extends EntryConfirmation {
  entry: ActivityEntry;
}

const SELF_MESSAGE = "You can't confirm your own sessions: name your co-leader or supervisor.";

/** Throws before anything is written when the trainee names themself. */
export function refuseSelfAsCounterpart(actor: Actor, counterpart: PersonRef | null): void {
  if (counterpart && counterpart.teamId === actor.teamId && counterpart.userId === actor.userId) {
    throw new AppError("INVALID_INPUT", SELF_MESSAGE);
  }
}

/** The person who confirms: the one named, else the active supervisor; null when not needed. */
async function resolveCounterpartId(
  tx: Db,
  traineeId: number,
  fields: EntryFields,
): Promise<number | null> {
  if (!needsConfirmation(fields.kind)) return null;
  if (fields.counterpart) return (await ensurePerson(tx, fields.counterpart)).id;
  const supervision = await activeSupervision(tx, traineeId);
  if (supervision) return supervision.supervisorId;
  const who = fields.kind === "supervision" ? "your supervisor" : "your co-leader";
  throw new AppError(
    "INVALID_INPUT",
    `A ${kindNoun(fields.kind, 1)} needs someone to confirm it: add "with @person" naming ${who}.`,
  );
}

/** The columns an entry's fields fill, with the person named and the state it starts in. */
export async function entryColumns(tx: Db, traineeId: number, fields: EntryFields) {
  return {
    kind: fields.kind,
    occurredOn: fields.occurredOn,
    count: fields.count,
    groupSessions: fields.groupSessions,
    caseDiscussions: fields.caseDiscussions,
    recorded: fields.recorded,
    provider: fields.provider,
    approvedInAdvance: fields.approvedInAdvance,
    faceToFace: fields.faceToFace,
    hours: fields.hours,
    mode: fields.mode,
    format: fields.format,
    counterpartId: await resolveCounterpartId(tx, traineeId, fields),
    note: fields.note,
    state: needsConfirmation(fields.kind) ? "claimed" : "confirmed",
  };
}

/** Who will be asked to confirm the entry, judged today. */
async function confirmationFor(
  tx: Db,
  entry: ActivityEntry,
  today: string,
): Promise<EntryConfirmation> {
  const none = { confirmer: null, confirmerIsSupervisorInstead: false, noConfirmer: null };
  if (!isActivityKind(entry.kind) || !needsConfirmation(entry.kind)) {
    return { needsConfirmation: false, ...none };
  }
  const choice = await findConfirmer(tx, entry, today);
  if (choice.kind === "none") {
    const counterpart =
      entry.counterpartId === null
        ? null
        : await tx.person.findUnique({ where: { id: entry.counterpartId } });
    const named = counterpart
      ? { userId: counterpart.slackUserId, displayName: counterpart.displayName }
      : null;
    return {
      needsConfirmation: true,
      ...none,
      noConfirmer: { reason: choice.reason, counterpart: named },
    };
  }
  const confirmer = await tx.person.findUniqueOrThrow({ where: { id: choice.personId } });
  return {
    needsConfirmation: true,
    confirmer,
    confirmerIsSupervisorInstead: choice.kind === "supervisor_instead",
    noConfirmer: null,
  };
}

/**
 * After an entry is logged or resubmitted: the audit row (the entry's facts, never the note)
 * and who will be asked to confirm it.
 */
export async function entryWritten(
  tx: Db,
  entry: ActivityEntry,
  by: { actorId: number; action: "entry.logged" | "entry.resubmitted"; at: Date; today: string },
): Promise<LogEntryResult> {
  const confirmation = await confirmationFor(tx, entry, by.today);
  await recordAudit(tx, {
    actorId: by.actorId,
    action: by.action,
    subjectType: "activity_entry",
    subjectId: entry.id,
    details: {
      kind: entry.kind,
      occurredOn: entry.occurredOn,
      count: entry.count,
      groupSessions: entry.groupSessions,
      hours: entry.hours,
      state: entry.state,
      counterpartId: entry.counterpartId,
    },
    at: by.at,
  });
  await recordEffects(tx, [
    ...(confirmation.confirmer
      ? [{ type: "confirmations.request" as const, traineeId: entry.traineeId }]
      : []),
    { type: "home.refresh", personId: entry.traineeId },
  ]);
  return { entry, ...confirmation };
}

const UNASKED: Record<EntryQuestion, string> = {
  caseDiscussions: "count case discussions",
  recorded: "ask whether the supervised group was recorded",
  provider: "ask who provided the event",
  approvedInAdvance: "ask whether the event was approved in advance",
  faceToFace: "ask whether it was face to face",
};

/** Each optional field is recorded only where the trainee's criteria read it for that kind. */
export function refuseUnaskedFields(fields: EntryFields, ruleset: Ruleset): void {
  const asked = entryQuestions(ruleset);
  for (const question of ENTRY_QUESTIONS) {
    if (fields[question] === null || asked[question].includes(fields.kind)) continue;
    throw new AppError(
      "INVALID_INPUT",
      `Your criteria do not ${UNASKED[question]} for a ${kindNoun(fields.kind, 1)}: leave ${question === "caseDiscussions" ? "them" : "it"} out.`,
      { fields: [question] },
    );
  }
}

/** A new entry, with what the reply needs of the trainee's profile, so nothing is read again. */
export interface LoggedEntryResult extends LogEntryResult {
  profile: { rulesetId: string; answered: boolean };
}

/** Records what a trainee did; co-led, led and supervision entries wait for confirmation. */
export async function logEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: LogEntryInput,
): Promise<LoggedEntryResult> {
  const today = todayFor(ctx);
  const fields = parseInput(logEntryInput(today), input);
  refuseSelfAsCounterpart(actor, fields.counterpart);

  return ctx.db.$transaction(async (tx) => {
    const trainee = await ensurePerson(tx, actor, actor.isAdmin);
    const profile = await ensureProfile(tx, trainee.id, ctx);
    refuseUnaskedFields(fields, storedRuleset(ctx, profile.rulesetId));
    const entry = await tx.activityEntry.create({
      data: {
        traineeId: trainee.id,
        ...(await entryColumns(tx, trainee.id, fields)),
        createdAt: ctx.now,
      },
    });
    const written = await entryWritten(tx, entry, {
      actorId: trainee.id,
      action: "entry.logged",
      at: ctx.now,
      today,
    });
    return {
      ...written,
      profile: {
        rulesetId: profile.rulesetId,
        answered: profile.professionalTraining !== null,
      },
    };
  });
}
