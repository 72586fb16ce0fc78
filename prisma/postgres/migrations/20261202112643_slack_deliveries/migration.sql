-- CreateTable
CREATE TABLE "slack_deliveries" (
    "key" TEXT NOT NULL,
    "taken_at" TIMESTAMP(3) NOT NULL,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "slack_deliveries_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "slack_deliveries_taken_at_idx" ON "slack_deliveries"("taken_at");
