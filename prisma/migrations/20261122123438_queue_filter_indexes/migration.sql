-- CreateIndex
CREATE INDEX "Suggestion_regionId_status_dueAt_idx" ON "Suggestion"("regionId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Suggestion_source_status_submittedAt_idx" ON "Suggestion"("source", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Suggestion_kind_status_submittedAt_idx" ON "Suggestion"("kind", "status", "submittedAt" DESC);
