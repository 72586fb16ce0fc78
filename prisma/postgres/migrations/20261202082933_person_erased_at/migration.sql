-- CreateTable
CREATE TABLE "people" (
    "id" SERIAL NOT NULL,
    "slack_team_id" TEXT NOT NULL,
    "slack_user_id" TEXT NOT NULL,
    "display_name" TEXT,
    "is_admin" BOOLEAN NOT NULL DEFAULT false,
    "nudges_opted_out" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erased_at" TIMESTAMP(3),

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainee_profiles" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "uk_balint_member" BOOLEAN,
    "membership_confirmed_at" TIMESTAMP(3),
    "professional_training" TEXT,
    "psychoanalytic_training" BOOLEAN,
    "psychoanalytic_training_details" TEXT,
    "membership_confirmed_on" TEXT,
    "membership_confirmed_by_id" INTEGER,
    "pathway_started_on" TEXT,
    "pathway_start_set_by_id" INTEGER,
    "pathway_start_set_at" TIMESTAMP(3),
    "ruleset_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "trainee_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accredited_leaders" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "accredited_on" TEXT NOT NULL,
    "added_by_id" INTEGER,
    "removed_at" TIMESTAMP(3),
    "removed_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accredited_leaders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accreditation_periods" (
    "id" SERIAL NOT NULL,
    "leader_id" INTEGER NOT NULL,
    "from_on" TEXT NOT NULL,
    "to_on" TEXT,
    "opened_by_id" INTEGER,
    "closed_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accreditation_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_entries" (
    "id" SERIAL NOT NULL,
    "trainee_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "occurred_on" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "group_sessions" INTEGER,
    "hours" DOUBLE PRECISION,
    "mode" TEXT,
    "format" TEXT,
    "counterpart_id" INTEGER,
    "note" TEXT,
    "state" TEXT NOT NULL,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMP(3),
    "query_reason" TEXT,
    "request_channel" TEXT,
    "request_ts" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "activity_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervisions" (
    "id" SERIAL NOT NULL,
    "trainee_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "requested_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "responded_at" TIMESTAMP(3),
    "ended_at" TIMESTAMP(3),

    CONSTRAINT "supervisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competency_sign_offs" (
    "id" SERIAL NOT NULL,
    "trainee_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "competency" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "comment" TEXT,
    "signed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competency_sign_offs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervisor_reports" (
    "id" SERIAL NOT NULL,
    "trainee_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "discussed_with_trainee" BOOLEAN NOT NULL,
    "ready_to_apply" BOOLEAN NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supervisor_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enquiries" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "answers" TEXT NOT NULL,
    "post_channel" TEXT,
    "post_ts" TEXT,
    "reply" TEXT,
    "answered_by_id" INTEGER,
    "answered_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enquiries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_day_requests" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "area" TEXT NOT NULL,
    "details" TEXT,
    "post_channel" TEXT,
    "post_ts" TEXT,
    "reply" TEXT,
    "answered_by_id" INTEGER,
    "answered_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_day_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "applications" (
    "id" SERIAL NOT NULL,
    "trainee_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "evaluation_snapshot" TEXT NOT NULL,
    "report_id" INTEGER,
    "ruleset_id" TEXT NOT NULL,
    "post_channel" TEXT,
    "post_ts" TEXT,
    "submitted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_events" (
    "id" SERIAL NOT NULL,
    "application_id" INTEGER NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER,
    "action" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" INTEGER,
    "details" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_runs" (
    "id" SERIAL NOT NULL,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox" (
    "id" SERIAL NOT NULL,
    "effect" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leased_until" TIMESTAMP(3),
    "delivered_at" TIMESTAMP(3),
    "failed_at" TIMESTAMP(3),
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "people_slack_team_id_slack_user_id_key" ON "people"("slack_team_id", "slack_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "trainee_profiles_person_id_key" ON "trainee_profiles"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "accredited_leaders_person_id_key" ON "accredited_leaders"("person_id");

-- CreateIndex
CREATE INDEX "accreditation_periods_leader_id_from_on_idx" ON "accreditation_periods"("leader_id", "from_on");

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

-- CreateIndex
CREATE INDEX "outbox_delivered_at_failed_at_due_at_idx" ON "outbox"("delivered_at", "failed_at", "due_at");

-- AddForeignKey
ALTER TABLE "trainee_profiles" ADD CONSTRAINT "trainee_profiles_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accredited_leaders" ADD CONSTRAINT "accredited_leaders_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accreditation_periods" ADD CONSTRAINT "accreditation_periods_leader_id_fkey" FOREIGN KEY ("leader_id") REFERENCES "accredited_leaders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_entries" ADD CONSTRAINT "activity_entries_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_entries" ADD CONSTRAINT "activity_entries_counterpart_id_fkey" FOREIGN KEY ("counterpart_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_entries" ADD CONSTRAINT "activity_entries_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competency_sign_offs" ADD CONSTRAINT "competency_sign_offs_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competency_sign_offs" ADD CONSTRAINT "competency_sign_offs_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervisor_reports" ADD CONSTRAINT "supervisor_reports_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervisor_reports" ADD CONSTRAINT "supervisor_reports_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_day_requests" ADD CONSTRAINT "training_day_requests_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_day_requests" ADD CONSTRAINT "training_day_requests_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

