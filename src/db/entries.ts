import type { ActivityEntry } from "../generated/prisma/client.ts";
import type { PeriodRow } from "./leaders.ts";
import type { Sql } from "./sql.ts";

/** A new entry's columns; the rest start empty. */
export interface NewEntry {
  traineeId: number;
  kind: string;
  occurredOn: string;
  count: number;
  groupSessions: number | null;
  caseDiscussions: number | null;
  recorded: boolean | null;
  provider: string | null;
  approvedInAdvance: boolean | null;
  faceToFace: boolean | null;
  hours: number | null;
  mode: string | null;
  format: string | null;
  counterpartId: number | null;
  /** Plain text: encrypted here, as the Prisma extension would (src/db/encryption). */
  note: string | null;
  state: string;
  createdAt: Date;
}

/**
 * Inserts an entry in one raw statement (the logging path's write; Prisma's create costs several
 * times more CPU) and returns it as Prisma would, its note in plain text. `updatedAt` is the wall
 * clock's, as Prisma's `@updatedAt` sets it.
 */
export async function insertEntry(tx: Sql, entry: NewEntry): Promise<ActivityEntry> {
  const updatedAt = new Date();
  const note = entry.note === null ? null : tx.$encryptFreeText(entry.note);
  const [row] = await tx.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO "activity_entries" ("trainee_id", "kind", "occurred_on", "count", "group_sessions",
      "case_discussions", "recorded", "provider", "approved_in_advance", "face_to_face", "hours",
      "mode", "format", "counterpart_id", "note", "state", "created_at", "updated_at")
    VALUES (${entry.traineeId}, ${entry.kind}, ${entry.occurredOn}, ${entry.count},
      ${entry.groupSessions}, ${entry.caseDiscussions}, ${entry.recorded}, ${entry.provider},
      ${entry.approvedInAdvance}, ${entry.faceToFace}, ${entry.hours}, ${entry.mode},
      ${entry.format}, ${entry.counterpartId}, ${note}, ${entry.state}, ${entry.createdAt},
      ${updatedAt})
    RETURNING "id"`;
  if (!row) throw new Error("The entry was not stored");
  return {
    ...entry,
    id: Number(row.id),
    decidedById: null,
    decidedAt: null,
    queryReason: null,
    requestChannel: null,
    requestTs: null,
    importedAt: null,
    importedById: null,
    importKey: null,
    updatedAt,
    version: 1,
  };
}

/** A claimed entry as confirmation requests are planned from it, with its counterpart's periods. */
export interface ClaimedEntryToAsk {
  id: number;
  traineeId: number;
  counterpartId: number | null;
  requestChannel: string | null;
  requestTs: string | null;
  updatedAt: Date;
  /** The register periods of the person named (none when not on the register). */
  counterpart: { leader: { periods: PeriodRow[] } } | null;
}

/** The trainee's claimed entries, oldest session first, in one raw statement. */
export async function claimedEntriesToAsk(
  db: Sql,
  traineeId: number,
): Promise<ClaimedEntryToAsk[]> {
  const rows = await db.$queryRaw<
    {
      id: number | bigint;
      counterpartId: number | bigint | null;
      requestChannel: string | null;
      requestTs: string | null;
      updatedAt: Date | string;
      fromOn: string | null;
      toOn: string | null;
    }[]
  >`
    SELECT "e"."id", "e"."counterpart_id" AS "counterpartId", "e"."request_channel" AS "requestChannel",
      "e"."request_ts" AS "requestTs", "e"."updated_at" AS "updatedAt",
      "ap"."from_on" AS "fromOn", "ap"."to_on" AS "toOn"
    FROM "activity_entries" AS "e"
      LEFT JOIN "accredited_leaders" AS "l" ON "l"."person_id" = "e"."counterpart_id"
      LEFT JOIN "accreditation_periods" AS "ap" ON "ap"."leader_id" = "l"."id"
    WHERE "e"."trainee_id" = ${traineeId} AND "e"."state" = 'claimed'
    ORDER BY "e"."occurred_on", "e"."id"`;
  const entries = new Map<number, ClaimedEntryToAsk>();
  for (const row of rows) {
    const id = Number(row.id);
    const counterpartId = row.counterpartId === null ? null : Number(row.counterpartId);
    let entry = entries.get(id);
    if (!entry) {
      entry = {
        id,
        traineeId,
        counterpartId,
        requestChannel: row.requestChannel,
        requestTs: row.requestTs,
        updatedAt: new Date(row.updatedAt),
        counterpart: counterpartId === null ? null : { leader: { periods: [] } },
      };
      entries.set(id, entry);
    }
    if (row.fromOn !== null)
      entry.counterpart?.leader.periods.push({ fromOn: row.fromOn, toOn: row.toOn });
  }
  return [...entries.values()];
}
