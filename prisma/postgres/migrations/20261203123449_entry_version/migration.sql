-- AlterTable
ALTER TABLE "activity_entries" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
