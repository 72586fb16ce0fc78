-- AlterTable
ALTER TABLE "activity_entries" ADD COLUMN "group_sessions" INTEGER;

-- AlterTable
ALTER TABLE "trainee_profiles" ADD COLUMN "membership_confirmed_by_id" INTEGER;
ALTER TABLE "trainee_profiles" ADD COLUMN "membership_confirmed_on" TEXT;
ALTER TABLE "trainee_profiles" ADD COLUMN "pathway_start_set_at" DATETIME;
ALTER TABLE "trainee_profiles" ADD COLUMN "pathway_start_set_by_id" INTEGER;
ALTER TABLE "trainee_profiles" ADD COLUMN "psychoanalytic_training_details" TEXT;

-- CreateTable
CREATE TABLE "accreditation_periods" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "leader_id" INTEGER NOT NULL,
    "from_on" TEXT NOT NULL,
    "to_on" TEXT,
    "opened_by_id" INTEGER,
    "closed_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "accreditation_periods_leader_id_fkey" FOREIGN KEY ("leader_id") REFERENCES "accredited_leaders" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "accreditation_periods_leader_id_from_on_idx" ON "accreditation_periods"("leader_id", "from_on");

-- Carry the register forward: each leader's accreditation becomes a period, closed on the day
-- of removal for a removed leader. Instants may be stored as ISO text or as epoch milliseconds.
INSERT INTO "accreditation_periods" ("leader_id", "from_on", "to_on", "opened_by_id", "closed_by_id", "created_at")
SELECT
    "id",
    "accredited_on",
    CASE
        WHEN "removed_at" IS NULL THEN NULL
        WHEN typeof("removed_at") IN ('integer', 'real') THEN date("removed_at" / 1000, 'unixepoch')
        ELSE date("removed_at")
    END,
    "added_by_id",
    "removed_by_id",
    "created_at"
FROM "accredited_leaders";

-- A membership confirmed before now keeps its day.
UPDATE "trainee_profiles"
SET "membership_confirmed_on" = CASE
    WHEN typeof("membership_confirmed_at") IN ('integer', 'real') THEN date("membership_confirmed_at" / 1000, 'unixepoch')
    ELSE date("membership_confirmed_at")
END
WHERE "membership_confirmed_at" IS NOT NULL;
