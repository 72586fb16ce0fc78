-- Enquiries and training-day requests become one table of requests to the leadership team.
-- Enquiries keep their ids, and the id of a training-day request moves past every enquiry id ever
-- given (the sequence of enquiries), so stored references (the audit log, the outbox) follow.
-- Values are copied as stored: encrypted free text stays encrypted under the same key.

-- CreateTable
CREATE TABLE "leadership_requests" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "answers" TEXT,
    "area" TEXT,
    "details" TEXT,
    "post_channel" TEXT,
    "post_ts" TEXT,
    "reply" TEXT,
    "answered_by_id" INTEGER,
    "answered_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "leadership_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "leadership_requests_post_channel_post_ts_idx" ON "leadership_requests"("post_channel", "post_ts");

-- AddForeignKey
ALTER TABLE "leadership_requests" ADD CONSTRAINT "leadership_requests_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leadership_requests" ADD CONSTRAINT "leadership_requests_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Move the data
CREATE TEMP TABLE "leadership_request_offset" AS
SELECT GREATEST(
    (SELECT CASE WHEN "is_called" THEN "last_value" ELSE 0 END FROM "enquiries_id_seq"),
    COALESCE((SELECT MAX("id") FROM "enquiries"), 0)
)::INTEGER AS "offset";

INSERT INTO "leadership_requests" ("id", "kind", "person_id", "answers", "post_channel", "post_ts", "reply", "answered_by_id", "answered_at", "created_at")
SELECT "id", 'interest_form', "person_id", "answers", "post_channel", "post_ts", "reply", "answered_by_id", "answered_at", "created_at"
FROM "enquiries";

INSERT INTO "leadership_requests" ("id", "kind", "person_id", "area", "details", "post_channel", "post_ts", "reply", "answered_by_id", "answered_at", "created_at")
SELECT "id" + (SELECT "offset" FROM "leadership_request_offset"), 'training_day', "person_id", "area", "details", "post_channel", "post_ts", "reply", "answered_by_id", "answered_at", "created_at"
FROM "training_day_requests";

-- New ids start after every id the old tables ever gave.
SELECT setval(
    pg_get_serial_sequence('"leadership_requests"', 'id'),
    GREATEST(
        (SELECT "offset" FROM "leadership_request_offset")
          + (SELECT CASE WHEN "is_called" THEN "last_value" ELSE 0 END FROM "training_day_requests_id_seq"),
        COALESCE((SELECT MAX("id") FROM "leadership_requests"), 0),
        1
    ),
    (SELECT COUNT(*) FROM "leadership_requests") > 0
      OR (SELECT "is_called" FROM "enquiries_id_seq")
      OR (SELECT "is_called" FROM "training_day_requests_id_seq")
);

UPDATE "audit_log" SET "subject_type" = 'leadership_request' WHERE "subject_type" = 'enquiry';
UPDATE "audit_log"
SET "subject_type" = 'leadership_request',
    "subject_id" = "subject_id" + (SELECT "offset" FROM "leadership_request_offset")
WHERE "subject_type" = 'training_day_request';

UPDATE "outbox" SET "payload" = ("payload"::jsonb - 'subject')::text
WHERE "effect" IN ('request.show', 'request.received', 'request.answered')
  AND "payload"::jsonb ->> 'subject' = 'enquiry';
UPDATE "outbox"
SET "payload" = (
    ("payload"::jsonb - 'subject')
      || jsonb_build_object('id', ("payload"::jsonb ->> 'id')::INTEGER + (SELECT "offset" FROM "leadership_request_offset"))
)::text
WHERE "effect" IN ('request.show', 'request.received', 'request.answered')
  AND "payload"::jsonb ->> 'subject' = 'training_day_request';

DROP TABLE "leadership_request_offset";

-- DropTable
DROP TABLE "enquiries";

-- DropTable
DROP TABLE "training_day_requests";
