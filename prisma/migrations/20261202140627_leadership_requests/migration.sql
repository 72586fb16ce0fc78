-- Enquiries and training-day requests become one table of requests to the leadership team.
-- Enquiries keep their ids, and the id of a training-day request moves past every enquiry id ever
-- given (the sequence of enquiries), so stored references (the audit log, the outbox) follow.
-- Values are copied as stored: encrypted free text stays encrypted under the same key.

-- CreateTable
CREATE TABLE "leadership_requests" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "answers" TEXT,
    "area" TEXT,
    "details" TEXT,
    "post_channel" TEXT,
    "post_ts" TEXT,
    "reply" TEXT,
    "answered_by_id" INTEGER,
    "answered_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "leadership_requests_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "leadership_requests_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "leadership_requests_post_channel_post_ts_idx" ON "leadership_requests"("post_channel", "post_ts");

-- Move the data
CREATE TEMP TABLE "leadership_request_offset" AS
SELECT MAX(
    COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'enquiries'), 0),
    COALESCE((SELECT MAX("id") FROM "enquiries"), 0)
) AS "offset";

INSERT INTO "leadership_requests" ("id", "kind", "person_id", "answers", "post_channel", "post_ts", "reply", "answered_by_id", "answered_at", "created_at")
SELECT "id", 'interest_form', "person_id", "answers", "post_channel", "post_ts", "reply", "answered_by_id", "answered_at", "created_at"
FROM "enquiries";

INSERT INTO "leadership_requests" ("id", "kind", "person_id", "area", "details", "post_channel", "post_ts", "reply", "answered_by_id", "answered_at", "created_at")
SELECT "id" + (SELECT "offset" FROM "leadership_request_offset"), 'training_day', "person_id", "area", "details", "post_channel", "post_ts", "reply", "answered_by_id", "answered_at", "created_at"
FROM "training_day_requests";

-- New ids start after every id the old tables ever gave.
DELETE FROM "sqlite_sequence" WHERE "name" = 'leadership_requests';
INSERT INTO "sqlite_sequence" ("name", "seq")
SELECT 'leadership_requests', MAX(
    (SELECT "offset" FROM "leadership_request_offset")
      + COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'training_day_requests'), 0),
    COALESCE((SELECT MAX("id") FROM "leadership_requests"), 0)
);

UPDATE "audit_log" SET "subject_type" = 'leadership_request' WHERE "subject_type" = 'enquiry';
UPDATE "audit_log"
SET "subject_type" = 'leadership_request',
    "subject_id" = "subject_id" + (SELECT "offset" FROM "leadership_request_offset")
WHERE "subject_type" = 'training_day_request';

UPDATE "outbox" SET "payload" = json_remove("payload", '$.subject')
WHERE "effect" IN ('request.show', 'request.received', 'request.answered')
  AND json_extract("payload", '$.subject') = 'enquiry';
UPDATE "outbox"
SET "payload" = json_set(
    json_remove("payload", '$.subject'),
    '$.id',
    json_extract("payload", '$.id') + (SELECT "offset" FROM "leadership_request_offset")
)
WHERE "effect" IN ('request.show', 'request.received', 'request.answered')
  AND json_extract("payload", '$.subject') = 'training_day_request';

DROP TABLE "leadership_request_offset";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "enquiries";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "training_day_requests";
PRAGMA foreign_keys=on;
