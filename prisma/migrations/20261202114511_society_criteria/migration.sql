-- AlterTable
ALTER TABLE "activity_entries" ADD COLUMN "approved_in_advance" BOOLEAN;
ALTER TABLE "activity_entries" ADD COLUMN "case_discussions" INTEGER;
ALTER TABLE "activity_entries" ADD COLUMN "face_to_face" BOOLEAN;
ALTER TABLE "activity_entries" ADD COLUMN "provider" TEXT;
ALTER TABLE "activity_entries" ADD COLUMN "recorded" BOOLEAN;

-- AlterTable
ALTER TABLE "trainee_profiles" ADD COLUMN "society_answers" TEXT;
