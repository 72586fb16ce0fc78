-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_activity_entries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trainee_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "occurred_on" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "group_sessions" INTEGER,
    "hours" REAL,
    "mode" TEXT,
    "format" TEXT,
    "case_discussions" INTEGER,
    "recorded" BOOLEAN,
    "provider" TEXT,
    "approved_in_advance" BOOLEAN,
    "face_to_face" BOOLEAN,
    "counterpart_id" INTEGER,
    "note" TEXT,
    "state" TEXT NOT NULL,
    "decided_by_id" INTEGER,
    "decided_at" DATETIME,
    "query_reason" TEXT,
    "request_channel" TEXT,
    "request_ts" TEXT,
    "imported_at" DATETIME,
    "imported_by_id" INTEGER,
    "import_key" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "activity_entries_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "activity_entries_counterpart_id_fkey" FOREIGN KEY ("counterpart_id") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "activity_entries_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_activity_entries" ("approved_in_advance", "case_discussions", "count", "counterpart_id", "created_at", "decided_at", "decided_by_id", "face_to_face", "format", "group_sessions", "hours", "id", "import_key", "imported_at", "imported_by_id", "kind", "mode", "note", "occurred_on", "provider", "query_reason", "recorded", "request_channel", "request_ts", "state", "trainee_id", "updated_at") SELECT "approved_in_advance", "case_discussions", "count", "counterpart_id", "created_at", "decided_at", "decided_by_id", "face_to_face", "format", "group_sessions", "hours", "id", "import_key", "imported_at", "imported_by_id", "kind", "mode", "note", "occurred_on", "provider", "query_reason", "recorded", "request_channel", "request_ts", "state", "trainee_id", "updated_at" FROM "activity_entries";
DROP TABLE "activity_entries";
ALTER TABLE "new_activity_entries" RENAME TO "activity_entries";
CREATE UNIQUE INDEX "activity_entries_import_key_key" ON "activity_entries"("import_key");
CREATE INDEX "activity_entries_trainee_id_occurred_on_idx" ON "activity_entries"("trainee_id", "occurred_on");
CREATE INDEX "activity_entries_counterpart_id_state_idx" ON "activity_entries"("counterpart_id", "state");
CREATE INDEX "activity_entries_request_channel_request_ts_idx" ON "activity_entries"("request_channel", "request_ts");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Confirmation DMs drawn before versions carry Confirm buttons without one, which now confirm
-- nothing: each DM still asking about a session is redrawn once, from the outbox.
INSERT INTO "outbox" ("effect", "payload", "due_at", "created_at")
SELECT 'confirmations.redraw',
       json_object('type', 'confirmations.redraw', 'channel', "request_channel", 'ts', "request_ts"),
       strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'),
       strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM (
  SELECT DISTINCT "request_channel", "request_ts" FROM "activity_entries"
  WHERE "state" = 'claimed' AND "request_channel" IS NOT NULL AND "request_ts" IS NOT NULL
);
