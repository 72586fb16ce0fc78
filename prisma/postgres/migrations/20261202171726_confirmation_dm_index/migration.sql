-- CreateIndex
CREATE INDEX "activity_entries_request_channel_request_ts_idx" ON "activity_entries"("request_channel", "request_ts");
