-- AlterTable
ALTER TABLE "activity_entries" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Confirmation DMs drawn before versions carry Confirm buttons without one, which now confirm
-- nothing: each DM still asking about a session is redrawn once, from the outbox.
INSERT INTO "outbox" ("effect", "payload", "due_at", "created_at")
SELECT 'confirmations.redraw',
       json_build_object('type', 'confirmations.redraw', 'channel', "request_channel", 'ts', "request_ts")::text,
       CURRENT_TIMESTAMP,
       CURRENT_TIMESTAMP
FROM (
  SELECT DISTINCT "request_channel", "request_ts" FROM "activity_entries"
  WHERE "state" = 'claimed' AND "request_channel" IS NOT NULL AND "request_ts" IS NOT NULL
) AS "open_requests";
