import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import { findConfirmer } from "../../db/leaders.ts";
import { findPerson } from "../../db/people.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { refusePatientDetails } from "../../domain/patient-details.ts";
import type { ActivityEntry, Person } from "../../generated/prisma/client.ts";
import type { Actor, ServiceContext } from "../context.ts";
import { idInput, mention, parseInput, todayFor } from "../inputs.ts";

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
  entry: ActivityEntry & { decidedBy: Person | null };
}

async function decideOne(
  tx: Tx,
  ctx: ServiceContext,
  decider: Person | null,
  entryId: number,
  decision: EntryDecision,
  reason: string | null,
): Promise<DecideEntryResult> {
  const found = await tx.activityEntry.findUnique({ where: { id: entryId } });
  if (!found)
    throw new AppError("NOT_FOUND", "I can't find that session: it may have been removed.");
  if (decider && found.traineeId === decider.id) {
    throw new AppError("FORBIDDEN", "You can't confirm or query your own sessions.", { entryId });
  }
  const choice = await findConfirmer(tx, found, todayFor(ctx));
  if (choice.kind === "none" || choice.personId !== decider?.id) {
    const who =
      choice.kind === "none"
        ? null
        : await tx.person.findUnique({ where: { id: choice.personId } });
    throw new AppError(
      "FORBIDDEN",
      who
        ? `Only ${mention(who)} can confirm or query this session.`
        : "Only an accredited co-leader or the trainee's supervisor can confirm or query this session.",
      { entryId, deciderId: decider?.id ?? null },
    );
  }

  const { count } = await tx.activityEntry.updateMany({
    where: { id: entryId, state: "claimed" },
    data: {
      state: decision === "confirm" ? "confirmed" : "queried",
      decidedById: decider.id,
      decidedAt: ctx.now,
      queryReason: decision === "query" ? reason : null,
    },
  });
  const entry = await tx.activityEntry.findUniqueOrThrow({
    where: { id: entryId },
    include: { decidedBy: true },
  });
  if (count === 0) return { changed: false, entry };

  await recordAudit(tx, {
    actorId: decider.id,
    action: decision === "confirm" ? "entry.confirmed" : "entry.queried",
    subjectType: "activity_entry",
    subjectId: entryId,
    details: {
      decision,
      traineeId: entry.traineeId,
      kind: entry.kind,
      occurredOn: entry.occurredOn,
      supervisorInstead: choice.kind === "supervisor_instead",
    },
    at: ctx.now,
  });
  return { changed: true, entry };
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
  return ctx.db.$transaction(async (tx) => {
    const decider = await findPerson(tx, actor);
    return decideOne(tx, ctx, decider, entryId, decision, reason ?? null);
  });
}

/** Decides several entries together; if any one may not be decided by the actor, none is. */
export async function decideEntries(
  ctx: ServiceContext,
  actor: Actor,
  input: DecideEntriesInput,
): Promise<DecideEntryResult[]> {
  const { entryIds, decision, reason } = parseInput(decideEntriesInput, input);
  return ctx.db.$transaction(async (tx) => {
    const decider = await findPerson(tx, actor);
    const results: DecideEntryResult[] = [];
    for (const entryId of new Set(entryIds)) {
      results.push(await decideOne(tx, ctx, decider, entryId, decision, reason ?? null));
    }
    return results;
  });
}
