import type { Db } from "./transaction.ts";

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

export async function recordAudit(db: Db, record: AuditRecord): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: record.actorId,
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      details: record.details ? JSON.stringify(record.details) : null,
      at: record.at,
    },
  });
}
