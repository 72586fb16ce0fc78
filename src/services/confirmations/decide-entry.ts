import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { decideClaimedEntry } from "../../db/confirmation-entries.ts";
import { recordEffects } from "../../db/outbox.ts";
import { findPersonRef } from "../../db/people.ts";
import { type Sql, sqlTransaction } from "../../db/sql.ts";
import type { Effect } from "../../domain/effects.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, parseInput, todayFor } from "../inputs.ts";
import { entryForDecider } from "./check-entry-decider.ts";
import type { ConfirmationEntry } from "./get-confirmation-request.ts";

export const ENTRY_DECISIONS = ["confirm", "query"] as const;
export type EntryDecision = (typeof ENTRY_DECISIONS)[number];

const REASON_MESSAGE =
  "Say in 3 to 500 characters what needs checking, so the trainee can correct it.";

const decisionFields = {
  decision: z.enum(ENTRY_DECISIONS, { error: "Choose whether to confirm or query." }),
  reason: z
    .string({ error: REASON_MESSAGE })
    .trim()
    .max(500, REASON_MESSAGE)
    .superRefine(refusePatientDetails)
    .optional(),
};

function requireReasonForQuery(
  fields: { decision: EntryDecision; reason?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (fields.decision === "query" && (fields.reason ?? "").length < 3) {
    ctx.addIssue({ code: "custom", path: ["reason"], message: REASON_MESSAGE });
  }
}

/** The version of an entry its confirmer was shown (ConfirmationEntry.version). */
const versionInput = z
  .number({ error: "Say which version of the session was shown." })
  .int()
  .positive();

export const decideEntryInput = z
  .object({ entryId: idInput, version: versionInput, ...decisionFields })
  .superRefine(requireReasonForQuery);
export type DecideEntryInput = z.input<typeof decideEntryInput>;

/** Several entries at once, e.g. "Confirm all" in the confirmer's DM. */
export const decideEntriesInput = z
  .object({
    entries: z
      .array(z.object({ id: idInput, version: versionInput }), {
        error: "Choose the sessions to decide.",
      })
      .min(1, "Choose at least one session.")
      .max(100, "Decide at most 100 sessions at once."),
    ...decisionFields,
  })
  .superRefine(requireReasonForQuery);
export type DecideEntriesInput = z.input<typeof decideEntriesInput>;

export interface DecideEntryResult {
  /** False when the entry was no longer claimed, or was corrected since it was shown. */
  changed: boolean;
  /**
   * True when the entry still waits but the trainee corrected it after the confirmer was shown
   * it: nothing was decided, and `entry` is the session as it stands now.
   */
  corrected: boolean;
  /** As it stands now: what was decided, and by whom, or the corrected session. */
  entry: ConfirmationEntry;
}

/** Who decides: a person known here. */
type Decider = { id: number; slackUserId: string };

type Shown = { id: number; version: number };

/** An entry its decider may decide (or see decided), read in the decision's transaction. */
type Found = { shown: Shown; entry: ConfirmationEntry; me: Decider };

/** Authorizes first (entryForDecider), then says whether the session was corrected since shown. */
async function findToDecide(
  tx: Sql,
  ctx: ServiceContext,
  decider: Decider | null,
  shown: Shown,
): Promise<Found & { corrected: boolean }> {
  const { entry, me } = await entryForDecider(tx, decider, shown.id, todayFor(ctx));
  return {
    shown,
    entry,
    me,
    corrected: entry.state === "claimed" && entry.version !== shown.version,
  };
}

/** One raw write: the Confirm button's path. Decides only the version that was shown. */
async function decideOne(
  tx: Sql,
  ctx: ServiceContext,
  { shown, entry: found, me }: Found,
  decision: EntryDecision,
  reason: string | null,
): Promise<DecideEntryResult> {
  const write = {
    state: decision === "confirm" ? ("confirmed" as const) : ("queried" as const),
    decidedById: me.id,
    decidedAt: ctx.now,
    queryReason: decision === "query" ? reason : null,
  };
  // The transaction holds the write lock, so what was read is what the entry still is.
  if (!(await decideClaimedEntry(tx, shown, write))) {
    return { changed: false, corrected: false, entry: found };
  }
  const entry: ConfirmationEntry = {
    ...found,
    state: write.state,
    decidedAt: write.decidedAt,
    queryReason: write.queryReason,
    decidedBy: { id: me.id, slackUserId: me.slackUserId },
  };

  await recordAudit(tx, {
    actorId: me.id,
    action: decision === "confirm" ? "entry.confirmed" : "entry.queried",
    subjectType: "activity_entry",
    subjectId: shown.id,
    details: {
      decision,
      traineeId: entry.trainee.id,
      kind: entry.kind,
      occurredOn: entry.occurredOn,
      supervisorInstead: entry.supervisorInstead,
    },
    at: ctx.now,
  });
  return { changed: true, corrected: false, entry };
}

/**
 * Decides what was shown, all together: if the trainee corrected any of it since, nothing is
 * decided and each corrected session comes back as it stands now.
 */
async function decideShown(
  tx: Sql,
  ctx: ServiceContext,
  actor: Actor,
  shown: readonly Shown[],
  decision: EntryDecision,
  reason: string | null,
): Promise<DecideEntryResult[]> {
  const decider = await findPersonRef(tx, actor);
  const found = [];
  for (const entry of shown) found.push(await findToDecide(tx, ctx, decider, entry));
  if (found.some((one) => one.corrected)) {
    return found.map(({ entry, corrected }) => ({ changed: false, corrected, entry }));
  }
  const results: DecideEntryResult[] = [];
  for (const one of found) results.push(await decideOne(tx, ctx, one, decision, reason));
  await recordDecisionEffects(tx, decider, results);
  return results;
}

/**
 * What follows a decision: each confirmation DM involved is redrawn, each trainee hears about
 * the entries it changed, and the Homes of the trainees and the decider are refreshed.
 */
async function recordDecisionEffects(
  tx: Sql,
  decider: Decider | null,
  results: readonly DecideEntryResult[],
): Promise<void> {
  const messages = new Map<string, Effect>();
  for (const { entry } of results) {
    if (entry.requestChannel && entry.requestTs) {
      messages.set(`${entry.requestChannel}/${entry.requestTs}`, {
        type: "confirmations.redraw",
        channel: entry.requestChannel,
        ts: entry.requestTs,
      });
    }
  }
  const changed = results.filter((result) => result.changed).map((result) => result.entry);
  const trainees = [...new Set(changed.map((entry) => entry.trainee.id))];
  await recordEffects(tx, [
    ...messages.values(),
    ...(decider && changed.length > 0
      ? [
          {
            type: "entries.decided" as const,
            deciderId: decider.id,
            entryIds: changed.map((e) => e.id),
          },
        ]
      : []),
    ...trainees.map((personId) => ({ type: "home.refresh" as const, personId })),
    ...(decider ? [{ type: "home.refresh" as const, personId: decider.id }] : []),
  ]);
}

/**
 * The confirmer confirms or queries one claimed entry, at the version they were shown. Deciding
 * an entry that is no longer claimed changes nothing and reports what was decided; deciding one
 * the trainee corrected since changes nothing and reports it as it stands now (`corrected`).
 */
export async function decideEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: DecideEntryInput,
): Promise<DecideEntryResult> {
  const { entryId, version, decision, reason } = parseInput(decideEntryInput, input);
  return sqlTransaction(ctx.db, async (tx) => {
    const [result] = await decideShown(
      tx,
      ctx,
      actor,
      [{ id: entryId, version }],
      decision,
      reason ?? null,
    );
    if (!result) throw new Error("A decision on one entry returned none");
    return result;
  });
}

/**
 * Decides several entries together: if any one may not be decided by the actor, none is; if any
 * one was corrected since it was shown, none is decided either.
 */
export async function decideEntries(
  ctx: ServiceContext,
  actor: Actor,
  input: DecideEntriesInput,
): Promise<DecideEntryResult[]> {
  const { entries, decision, reason } = parseInput(decideEntriesInput, input);
  const shown = new Map(entries.map((entry) => [entry.id, entry]));
  return sqlTransaction(ctx.db, (tx) =>
    decideShown(tx, ctx, actor, [...shown.values()], decision, reason ?? null),
  );
}
