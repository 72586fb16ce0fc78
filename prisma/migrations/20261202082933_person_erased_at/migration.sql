-- AlterTable
ALTER TABLE "people" ADD COLUMN "erased_at" DATETIME;
