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

export const decideEntryInput = z
  .object({ entryId: idInput, ...decisionFields })
  .superRefine(requireReasonForQuery);
export type DecideEntryInput = z.input<typeof decideEntryInput>;

/** Several entries at once, e.g. "Confirm all" in the confirmer's DM. */
export const decideEntriesInput = z
  .object({
    entryIds: z
      .array(idInput, { error: "Choose the sessions to decide." })
      .min(1, "Choose at least one session.")
      .max(100, "Decide at most 100 sessions at once."),
    ...decisionFields,
  })
  .superRefine(requireReasonForQuery);
export type DecideEntriesInput = z.input<typeof decideEntriesInput>;

export interface DecideEntryResult {
  /** False when the entry was no longer claimed: `entry` then shows what was decided, and by whom. */
  changed: boolean;
  entry: ConfirmationEntry;
}

/** Who decides: a person known here. */
type Decider = { id: number; slackUserId: string };

/** Raw reads and one raw write: the Confirm button's path. */
async function decideOne(
  tx: Sql,
  ctx: ServiceContext,
  decider: Decider | null,
  entryId: number,
  decision: EntryDecision,
  reason: string | null,
): Promise<DecideEntryResult> {
  const { entry: found, me } = await entryForDecider(tx, decider, entryId, todayFor(ctx));
  const write = {
    state: decision === "confirm" ? ("confirmed" as const) : ("queried" as const),
    decidedById: me.id,
    decidedAt: ctx.now,
    queryReason: decision === "query" ? reason : null,
  };
  // The transaction holds the write lock, so what was read is what the entry still is.
  if (!(await decideClaimedEntry(tx, entryId, write))) return { changed: false, entry: found };
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
    subjectId: entryId,
    details: {
      decision,
      traineeId: entry.trainee.id,
      kind: entry.kind,
      occurredOn: entry.occurredOn,
      supervisorInstead: entry.supervisorInstead,
    },
    at: ctx.now,
  });
  return { changed: true, entry };
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
 * The confirmer confirms or queries one claimed entry. Deciding an entry that is no longer
 * claimed changes nothing and reports what was decided.
 */
export async function decideEntry(
  ctx: ServiceContext,
  actor: Actor,
  input: DecideEntryInput,
): Promise<DecideEntryResult> {
  const { entryId, decision, reason } = parseInput(decideEntryInput, input);
  return sqlTransaction(ctx.db, async (tx) => {
    const decider = await findPersonRef(tx, actor);
    const result = await decideOne(tx, ctx, decider, entryId, decision, reason ?? null);
    await recordDecisionEffects(tx, decider, [result]);
    return result;
  });
}

/** Decides several entries together; if any one may not be decided by the actor, none is. */
export async function decideEntries(
  ctx: ServiceContext,
  actor: Actor,
  input: DecideEntriesInput,
): Promise<DecideEntryResult[]> {
  const { entryIds, decision, reason } = parseInput(decideEntriesInput, input);
  return sqlTransaction(ctx.db, async (tx) => {
    const decider = await findPersonRef(tx, actor);
    const results: DecideEntryResult[] = [];
    for (const entryId of new Set(entryIds)) {
      results.push(await decideOne(tx, ctx, decider, entryId, decision, reason ?? null));
    }
    await recordDecisionEffects(tx, decider, results);
    return results;
  });
}
