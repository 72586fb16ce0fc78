import type { Sql } from "./sql.ts";

export interface AuditRecord {
  actorId: number | null;
  /** e.g. "entry.confirmed", "application.recommended". */
  action: string;
  subjectType: string;
  subjectId: number | null;
  /** Small facts for the record. Never note text or report text. */
  details?: Record<string, string | number | boolean | null>;
  at: Date;
}

/** One raw statement: audit rows are written by most use cases, often on the logging path. */
export async function recordAudit(db: Sql, record: AuditRecord): Promise<void> {
  const details = record.details ? JSON.stringify(record.details) : null;
  await db.$executeRaw`
    INSERT INTO "audit_log" ("actor_id", "action", "subject_type", "subject_id", "details", "at")
    VALUES (${record.actorId}, ${record.action}, ${record.subjectType}, ${record.subjectId},
      ${details}, ${record.at})`;
}
