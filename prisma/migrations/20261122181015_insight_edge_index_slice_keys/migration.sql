-- This is an empty migration.
-- Hand-written: the days at a period's edges are read by date and region, and most dashboards narrow by
-- category or lead unit too. With those in the key, the index checks them before fetching a row: a category's
-- edge days fetch that category's rows, not every category's rows of the region (decision 0023).
DROP INDEX "InsightFact_submittedOn_regionPath_idx";
CREATE INDEX "InsightFact_edge_days_idx" ON "InsightFact" ("submittedOn", "regionPath" text_pattern_ops, "categoryId", "leadUnitId");
