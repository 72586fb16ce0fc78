import { type ActivityEntry, Prisma } from "../generated/prisma/client.ts";
import type { PeriodRow } from "./leaders.ts";
import type { Sql } from "./sql.ts";

interface PersonRow {
  id: number;
  slackUserId: string;
}

/** An entry with what a confirmation view shows about it. Never the trainee's private note. */
export interface ConfirmationEntryRow
  extends Pick<
    ActivityEntry,
    | "id"
    | "traineeId"
    | "kind"
    | "occurredOn"
    | "count"
    | "hours"
    | "mode"
    | "format"
    | "state"
    | "version"
    | "counterpartId"
    | "decidedAt"
    | "queryReason"
    | "requestChannel"
    | "requestTs"
  > {
  trainee: PersonRow;
  decidedBy: PersonRow | null;
  counterpart:
    | (PersonRow & {
        leader: { accreditedOn: string; removedAt: Date | null; periods: PeriodRow[] } | null;
      })
    | null;
}

/** Which entries: those one confirmation DM carries, or those named. */
export type ConfirmationEntriesSelector =
  | { message: { channel: string; ts: string } }
  | { entryIds: readonly number[] };

type Id = number | bigint;
type Moment = Date | string;

interface FlatRow {
  id: Id;
  traineeId: Id;
  kind: string;
  occurredOn: string;
  count: Id;
  hours: number | null;
  mode: string | null;
  format: string | null;
  state: string;
  version: Id;
  counterpartId: Id | null;
  decidedAt: Moment | null;
  queryReason: string | null;
  requestChannel: string | null;
  requestTs: string | null;
  traineeSlackId: string;
  decidedById: Id | null;
  decidedBySlackId: string | null;
  counterpartSlackId: string | null;
  leaderId: Id | null;
  accreditedOn: string | null;
  removedAt: Moment | null;
  fromOn: string | null;
  toOn: string | null;
}

/**
 * The entries one confirmation DM carries (or those named), oldest session first, each with its
 * trainee, decider and counterpart (with their register periods): one raw statement, as the
 * delivery path reads them for every DM it draws.
 */
export async function confirmationEntryRows(
  db: Sql,
  selector: ConfirmationEntriesSelector,
): Promise<ConfirmationEntryRow[]> {
  const where =
    "message" in selector
      ? Prisma.sql`"e"."request_channel" = ${selector.message.channel} AND "e"."request_ts" = ${selector.message.ts}`
      : selector.entryIds.length === 0
        ? Prisma.sql`1 = 0`
        : Prisma.sql`"e"."id" IN (${Prisma.join(selector.entryIds)})`;
  const rows = await db.$queryRaw<FlatRow[]>`
    SELECT "e"."id", "e"."trainee_id" AS "traineeId", "e"."kind", "e"."occurred_on" AS "occurredOn",
      "e"."count", "e"."hours", "e"."mode", "e"."format", "e"."state", "e"."version",
      "e"."counterpart_id" AS "counterpartId", "e"."decided_at" AS "decidedAt",
      "e"."query_reason" AS "queryReason", "e"."request_channel" AS "requestChannel",
      "e"."request_ts" AS "requestTs", "t"."slack_user_id" AS "traineeSlackId",
      "d"."id" AS "decidedById", "d"."slack_user_id" AS "decidedBySlackId",
      "c"."slack_user_id" AS "counterpartSlackId", "l"."id" AS "leaderId",
      "l"."accredited_on" AS "accreditedOn", "l"."removed_at" AS "removedAt",
      "ap"."from_on" AS "fromOn", "ap"."to_on" AS "toOn"
    FROM "activity_entries" AS "e"
      JOIN "people" AS "t" ON "t"."id" = "e"."trainee_id"
      LEFT JOIN "people" AS "d" ON "d"."id" = "e"."decided_by_id"
      LEFT JOIN "people" AS "c" ON "c"."id" = "e"."counterpart_id"
      LEFT JOIN "accredited_leaders" AS "l" ON "l"."person_id" = "e"."counterpart_id"
      LEFT JOIN "accreditation_periods" AS "ap" ON "ap"."leader_id" = "l"."id"
    WHERE ${where}
    ORDER BY "e"."occurred_on", "e"."id", "ap"."id"`;
  const entries = new Map<number, ConfirmationEntryRow>();
  for (const row of rows) {
    const id = Number(row.id);
    const entry = entries.get(id) ?? toEntry(db, row);
    entries.set(id, entry);
    if (row.fromOn !== null)
      entry.counterpart?.leader?.periods.push({ fromOn: row.fromOn, toOn: row.toOn });
  }
  return [...entries.values()];
}

function toEntry(db: Sql, row: FlatRow): ConfirmationEntryRow {
  const counterpartId = row.counterpartId === null ? null : Number(row.counterpartId);
  return {
    id: Number(row.id),
    traineeId: Number(row.traineeId),
    kind: row.kind,
    occurredOn: row.occurredOn,
    count: Number(row.count),
    hours: row.hours === null ? null : Number(row.hours),
    mode: row.mode,
    format: row.format,
    state: row.state,
    version: Number(row.version),
    counterpartId,
    decidedAt: row.decidedAt === null ? null : new Date(row.decidedAt),
    queryReason: row.queryReason === null ? null : db.$decryptFreeText(row.queryReason),
    requestChannel: row.requestChannel,
    requestTs: row.requestTs,
    trainee: { id: Number(row.traineeId), slackUserId: row.traineeSlackId },
    decidedBy:
      row.decidedById === null || row.decidedBySlackId === null
        ? null
        : { id: Number(row.decidedById), slackUserId: row.decidedBySlackId },
    counterpart:
      counterpartId === null || row.counterpartSlackId === null
        ? null
        : {
            id: counterpartId,
            slackUserId: row.counterpartSlackId,
            leader:
              row.leaderId === null || row.accreditedOn === null
                ? null
                : {
                    accreditedOn: row.accreditedOn,
                    removedAt: row.removedAt === null ? null : new Date(row.removedAt),
                    periods: [],
                  },
          },
  };
}

/**
 * Points the claimed entries among `entryIds` at one confirmation DM, and returns the DMs they
 * pointed at before (each once, this one left out). `updated_at` moves, as Prisma's `@updatedAt`
 * would move it. Two raw statements: call it in a transaction.
 */
export async function pointEntriesAtRequest(
  tx: Sql,
  entryIds: readonly number[],
  message: { channel: string; ts: string },
): Promise<{ previous: { channel: string; ts: string }[]; pointed: number }> {
  if (entryIds.length === 0) return { previous: [], pointed: 0 };
  const ids = Prisma.join(entryIds);
  const before = await tx.$queryRaw<{ channel: string; ts: string }[]>`
    SELECT DISTINCT "request_channel" AS "channel", "request_ts" AS "ts" FROM "activity_entries"
    WHERE "id" IN (${ids}) AND "state" = 'claimed'
      AND "request_channel" IS NOT NULL AND "request_ts" IS NOT NULL`;
  const pointed = await tx.$executeRaw`
    UPDATE "activity_entries"
    SET "request_channel" = ${message.channel}, "request_ts" = ${message.ts}, "updated_at" = ${new Date()}
    WHERE "id" IN (${ids}) AND "state" = 'claimed'`;
  const previous = before.filter((row) => row.channel !== message.channel || row.ts !== message.ts);
  return { previous, pointed };
}

/** A confirmer's answer to one claimed entry. */
export interface EntryDecisionWrite {
  state: "confirmed" | "queried";
  decidedById: number;
  decidedAt: Date;
  /** Plain text: encrypted here, as the Prisma extension would. */
  queryReason: string | null;
}

/**
 * Records a decision on an entry still claimed at the version its confirmer was shown; false when
 * it was no longer claimed, or was corrected since (nothing changes then). `updated_at` moves as
 * Prisma's `@updatedAt` would. One raw statement.
 */
export async function decideClaimedEntry(
  tx: Sql,
  entry: { id: number; version: number },
  decision: EntryDecisionWrite,
): Promise<boolean> {
  const reason = decision.queryReason === null ? null : tx.$encryptFreeText(decision.queryReason);
  const changed = await tx.$executeRaw`
    UPDATE "activity_entries"
    SET "state" = ${decision.state}, "decided_by_id" = ${decision.decidedById},
      "decided_at" = ${decision.decidedAt}, "query_reason" = ${reason}, "updated_at" = ${new Date()}
    WHERE "id" = ${entry.id} AND "state" = 'claimed' AND "version" = ${entry.version}`;
  return changed === 1;
}
