-- CreateTable
CREATE TABLE "people" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slack_team_id" TEXT NOT NULL,
    "slack_user_id" TEXT NOT NULL,
    "display_name" TEXT,
    "is_admin" BOOLEAN NOT NULL DEFAULT false,
    "nudges_opted_out" BOOLEAN NOT NULL DEFAULT false,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "trainee_profiles" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "uk_balint_member" BOOLEAN,
    "membership_confirmed_at" DATETIME,
    "professional_training" TEXT,
    "psychoanalytic_training" BOOLEAN,
    "pathway_started_on" TEXT,
    "ruleset_id" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "trainee_profiles_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "accredited_leaders" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "accredited_on" TEXT NOT NULL,
    "added_by_id" INTEGER,
    "removed_at" DATETIME,
    "removed_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "accredited_leaders_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "activity_entries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trainee_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "occurred_on" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "hours" REAL,
    "mode" TEXT,
    "format" TEXT,
    "counterpart_id" INTEGER,
    "note" TEXT,
    "state" TEXT NOT NULL,
    "decided_by_id" INTEGER,
    "decided_at" DATETIME,
    "query_reason" TEXT,
    "request_channel" TEXT,
    "request_ts" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "activity_entries_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "activity_entries_counterpart_id_fkey" FOREIGN KEY ("counterpart_id") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "activity_entries_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "supervisions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trainee_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "requested_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "responded_at" DATETIME,
    "ended_at" DATETIME,
    CONSTRAINT "supervisions_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "supervisions_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "competency_sign_offs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trainee_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "competency" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "comment" TEXT,
    "signed_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "competency_sign_offs_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "competency_sign_offs_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "supervisor_reports" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trainee_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "discussed_with_trainee" BOOLEAN NOT NULL,
    "ready_to_apply" BOOLEAN NOT NULL,
    "submitted_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "supervisor_reports_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "supervisor_reports_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "enquiries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "answers" TEXT NOT NULL,
    "post_channel" TEXT,
    "post_ts" TEXT,
    "reply" TEXT,
    "answered_by_id" INTEGER,
    "answered_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "enquiries_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "enquiries_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "training_day_requests" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "area" TEXT NOT NULL,
    "details" TEXT,
    "post_channel" TEXT,
    "post_ts" TEXT,
    "reply" TEXT,
    "answered_by_id" INTEGER,
    "answered_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "training_day_requests_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "training_day_requests_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "applications" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trainee_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "evaluation_snapshot" TEXT NOT NULL,
    "report_id" INTEGER,
    "ruleset_id" TEXT NOT NULL,
    "post_channel" TEXT,
    "post_ts" TEXT,
    "submitted_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "applications_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "application_events" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "application_id" INTEGER NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "reason" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "application_events_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "application_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actor_id" INTEGER,
    "action" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" INTEGER,
    "details" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "job_runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "started_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "people_slack_team_id_slack_user_id_key" ON "people"("slack_team_id", "slack_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "trainee_profiles_person_id_key" ON "trainee_profiles"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "accredited_leaders_person_id_key" ON "accredited_leaders"("person_id");

-- CreateIndex
CREATE INDEX "activity_entries_trainee_id_occurred_on_idx" ON "activity_entries"("trainee_id", "occurred_on");

-- CreateIndex
CREATE INDEX "activity_entries_counterpart_id_state_idx" ON "activity_entries"("counterpart_id", "state");

-- CreateIndex
CREATE INDEX "supervisions_trainee_id_state_idx" ON "supervisions"("trainee_id", "state");

-- CreateIndex
CREATE INDEX "supervisions_supervisor_id_state_idx" ON "supervisions"("supervisor_id", "state");

-- CreateIndex
CREATE INDEX "competency_sign_offs_trainee_id_competency_signed_at_idx" ON "competency_sign_offs"("trainee_id", "competency", "signed_at");

-- CreateIndex
CREATE INDEX "supervisor_reports_trainee_id_submitted_at_idx" ON "supervisor_reports"("trainee_id", "submitted_at");

-- CreateIndex
CREATE INDEX "applications_status_idx" ON "applications"("status");

-- CreateIndex
CREATE INDEX "application_events_application_id_at_idx" ON "application_events"("application_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_subject_type_subject_id_idx" ON "audit_log"("subject_type", "subject_id");

-- CreateIndex
CREATE UNIQUE INDEX "job_runs_job_period_key" ON "job_runs"("job", "period");

