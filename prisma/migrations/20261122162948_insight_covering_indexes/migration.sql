-- Hand-written: indexes for the dashboards' reads of "InsightFact" besides the monthly sums (decision 0023).
-- The days at a period's edges: by date, then region, so the region is checked inside the index and only the
-- slice's rows are fetched (the date-only index fetched every city's rows of those days to filter them).
DROP INDEX "InsightFact_submittedOn_idx";
CREATE INDEX "InsightFact_submittedOn_regionPath_idx" ON "InsightFact" ("submittedOn", "regionPath" text_pattern_ops);
-- Overdue items: the open ones past their deadline, now carrying every column a dashboard groups or filters them
-- by, and the list's sort key, so counting them and picking a page of them are index-only scans (the refresh
-- vacuums the view so the scans need not visit the table).
DROP INDEX "InsightFact_open_dueAt_idx";
CREATE INDEX "InsightFact_open_dueAt_idx" ON "InsightFact" ("regionPath" text_pattern_ops, "dueAt")
  INCLUDE ("submittedOn", "regionId", "stationId", "categoryId", "leadUnitId", "deputyId", source, "submittedAt", id)
  WHERE status IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'FED_BACK');
