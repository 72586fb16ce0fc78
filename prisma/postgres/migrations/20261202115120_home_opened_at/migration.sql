-- AlterTable
ALTER TABLE "people" ADD COLUMN     "confirmation_reminders_snoozed_until" TIMESTAMP(3),
ADD COLUMN     "home_opened_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "trainee_profiles" ADD COLUMN     "society_answers" TEXT;

-- AlterTable
ALTER TABLE "activity_entries" ADD COLUMN     "approved_in_advance" BOOLEAN,
ADD COLUMN     "case_discussions" INTEGER,
ADD COLUMN     "face_to_face" BOOLEAN,
ADD COLUMN     "import_key" TEXT,
ADD COLUMN     "imported_at" TIMESTAMP(3),
ADD COLUMN     "imported_by_id" INTEGER,
ADD COLUMN     "provider" TEXT,
ADD COLUMN     "recorded" BOOLEAN;

-- AlterTable
ALTER TABLE "applications" ADD COLUMN     "includes_notes" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "activity_entries_import_key_key" ON "activity_entries"("import_key");
