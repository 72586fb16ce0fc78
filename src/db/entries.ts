import type { ActivityEntry } from "../generated/prisma/client.ts";
import type { Tx } from "./transaction.ts";

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
export async function insertEntry(tx: Tx, entry: NewEntry): Promise<ActivityEntry> {
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
  };
}
