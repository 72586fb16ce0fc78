-- AlterTable
ALTER TABLE "people" ADD COLUMN "confirmation_reminders_snoozed_until" DATETIME;
