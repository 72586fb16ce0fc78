-- AlterTable
ALTER TABLE "people" ADD COLUMN "home_opened_at" DATETIME;
