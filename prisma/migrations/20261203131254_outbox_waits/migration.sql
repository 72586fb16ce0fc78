-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_outbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "effect" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "due_at" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "waits" INTEGER NOT NULL DEFAULT 0,
    "leased_until" DATETIME,
    "delivered_at" DATETIME,
    "failed_at" DATETIME,
    "last_error" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_outbox" ("attempts", "created_at", "delivered_at", "due_at", "effect", "failed_at", "id", "last_error", "leased_until", "payload") SELECT "attempts", "created_at", "delivered_at", "due_at", "effect", "failed_at", "id", "last_error", "leased_until", "payload" FROM "outbox";
DROP TABLE "outbox";
ALTER TABLE "new_outbox" RENAME TO "outbox";
CREATE INDEX "outbox_delivered_at_failed_at_due_at_idx" ON "outbox"("delivered_at", "failed_at", "due_at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
