-- AlterTable
ALTER TABLE "activity_entries" ADD COLUMN "import_key" TEXT;
ALTER TABLE "activity_entries" ADD COLUMN "imported_at" DATETIME;
ALTER TABLE "activity_entries" ADD COLUMN "imported_by_id" INTEGER;

-- AlterTable
ALTER TABLE "applications" ADD COLUMN "includes_notes" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "activity_entries_import_key_key" ON "activity_entries"("import_key");
