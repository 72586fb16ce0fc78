-- CreateTable
CREATE TABLE "slack_deliveries" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "taken_at" DATETIME NOT NULL,
    "finished_at" DATETIME
);

-- CreateIndex
CREATE INDEX "slack_deliveries_taken_at_idx" ON "slack_deliveries"("taken_at");
