-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "waits" INTEGER NOT NULL DEFAULT 0;
