import { recordAudit } from "../../db/audit.ts";
import { insertEntry } from "../../db/entries.ts";
import { activeSupervisorOf, choiceFor, counterpartWithPeriods } from "../../db/leaders.ts";
import { recordEffects } from "../../db/outbox.ts";
import { ensurePersonId, findPersonToLog } from "../../db/people.ts";
import { type Sql, sqlTransaction } from "../../db/sql.ts";
import { isActivityKind, needsConfirmation } from "../../domain/activity.ts";
import { kindNoun } from "../../domain/activity-words.ts";
import { AppError } from "../../domain/app-error.ts";
import type { NoConfirmerReason } from "../../domain/entry-confirmation.ts";
import type { PersonRef } from "../../domain/person-ref.ts";
import type { NamedPerson } from "../../domain/refusal.ts";
import type { ActivityEntry } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { parseInput, todayFor } from "../inputs.ts";
import { storedRuleset } from "../progress/pathway-start.ts";
import { startProfile } from "../progress/set-up-profile.ts";
import {
  type EntryFields,
  type LogEntryInput,
  logEntryInput,
  refuseUnaskedFields,
} from "./entry-fields.ts";

export interface NoConfirmer {
  reason: NoConfirmerReason;
  counterpart: NamedPerson | null;
}

export interface EntryConfirmation {
  needsConfirmation: boolean;
  /** Who is asked to confirm: the named person, or the supervisor instead; null when nobody can yet. */
  confirmer: { id: number; slackUserId: string } | null;
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
  tx: Sql,
  traineeId: number,
  fields: EntryFields,
): Promise<number | null> {
  if (!needsConfirmation(fields.kind)) return null;
  if (fields.counterpart) return (await ensurePersonId(tx, fields.counterpart)).id;
  const supervisor = await activeSupervisorOf(tx, traineeId);
  if (supervisor) return supervisor.id;
  const who = fields.kind === "supervision" ? "your supervisor" : "your co-leader";
  throw new AppError(
    "INVALID_INPUT",
    `A ${kindNoun(fields.kind, 1)} needs someone to confirm it: add "with @person" naming ${who}.`,
  );
}

/** The columns an entry's fields fill, with the person named and the state it starts in. */
export async function entryColumns(tx: Sql, traineeId: number, fields: EntryFields) {
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
    note: fields.note ?? null,
    state: needsConfirmation(fields.kind) ? "claimed" : "confirmed",
  };
}

/** Who will be asked to confirm the entry, judged today. */
async function confirmationFor(
  tx: Sql,
  entry: ActivityEntry,
  today: string,
): Promise<EntryConfirmation> {
  const none = { confirmer: null, confirmerIsSupervisorInstead: false, noConfirmer: null };
  if (!isActivityKind(entry.kind) || !needsConfirmation(entry.kind)) {
    return { needsConfirmation: false, ...none };
  }
  const counterpart =
    entry.counterpartId === null ? null : await counterpartWithPeriods(tx, entry.counterpartId);
  const supervisor = await activeSupervisorOf(tx, entry.traineeId);
  const choice = choiceFor(
    { ...entry, counterpart: counterpart && { leader: counterpart } },
    supervisor?.id ?? null,
    today,
  );
  if (choice.kind === "none") {
    const named = counterpart
      ? { userId: counterpart.slackUserId, displayName: counterpart.displayName }
      : null;
    return {
      needsConfirmation: true,
      ...none,
      noConfirmer: { reason: choice.reason, counterpart: named },
    };
  }
  const confirmer = choice.personId === counterpart?.id ? counterpart : supervisor;
  return {
    needsConfirmation: true,
    confirmer: confirmer && { id: confirmer.id, slackUserId: confirmer.slackUserId },
    confirmerIsSupervisorInstead: choice.kind === "supervisor_instead",
    noConfirmer: null,
  };
}

/**
 * After an entry is logged or resubmitted: the audit row (the entry's facts, never the note)
 * and who will be asked to confirm it.
 */
export async function entryWritten(
  tx: Sql,
  entry: ActivityEntry,
  by: {
    actorId: number;
    action: "entry.logged" | "entry.resubmitted";
    at: Date;
    today: string;
    /** Whether the trainee may be looking at their Home, when read already. */
    homeInView?: boolean;
  },
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
  await recordEffects(
    tx,
    [
      ...(confirmation.confirmer
        ? [{ type: "confirmations.request" as const, traineeId: entry.traineeId }]
        : []),
      { type: "home.refresh", personId: entry.traineeId },
    ],
    by.homeInView === undefined ? undefined : new Set(by.homeInView ? [entry.traineeId] : []),
  );
  return { entry, ...confirmation };
}

/** A new entry, with what the reply needs of the trainee's profile, so nothing is read again. */
export interface LoggedEntryResult extends LogEntryResult {
  profile: { rulesetId: string; answered: boolean };
}

/**
 * The trainee logging, with what their profile says. Reads one row; writes only for a newcomer,
 * a changed admin flag or name, or a first entry (the profile it starts).
 */
async function traineeToLog(sql: Sql, actor: Actor, ctx: ServiceContext) {
  const found = await findPersonToLog(sql, actor);
  const current =
    found !== null &&
    found.isAdmin === actor.isAdmin &&
    (!actor.displayName || actor.displayName === found.displayName);
  const id = current ? found.id : (await ensurePersonId(sql, actor, actor.isAdmin)).id;
  const profile = found?.profile ?? {
    rulesetId: await startProfile(sql, id, ctx),
    answered: false,
  };
  return { id, profile, homeInView: found?.homeInView ?? false };
}

/**
 * Records what a trainee did; co-led, led and supervision entries wait for confirmation. The
 * logging path's statements are raw SQL (src/db/people.ts, entries.ts, leaders.ts, audit.ts,
 * outbox.ts), run on SQLite's connection directly (src/db/sql.ts): through Prisma, they cost
 * most of a log's CPU.
 */
export async function logEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: LogEntryInput,
): Promise<LoggedEntryResult> {
  const today = todayFor(ctx);
  const fields = parseInput(logEntryInput(today), input);
  refuseSelfAsCounterpart(actor, fields.counterpart);

  return sqlTransaction(ctx.db, async (sql) => {
    const trainee = await traineeToLog(sql, actor, ctx);
    refuseUnaskedFields(fields, storedRuleset(ctx, trainee.profile.rulesetId));
    const entry = await insertEntry(sql, {
      traineeId: trainee.id,
      ...(await entryColumns(sql, trainee.id, fields)),
      createdAt: ctx.now,
    });
    const written = await entryWritten(sql, entry, {
      actorId: trainee.id,
      action: "entry.logged",
      at: ctx.now,
      today,
      homeInView: trainee.homeInView,
    });
    return { ...written, profile: trainee.profile };
  });
}
