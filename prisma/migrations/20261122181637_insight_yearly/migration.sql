-- This is an empty migration.
-- Hand-written: the monthly sums added up per year (docs/decisions/0024-yearly-sums-and-signed-edges.md), so a
-- period of several years reads a row per year, region, category and lead unit instead of twelve. Rebuilt from
-- "InsightMonthly" in the same transaction (lib/insight/refresh.ts); filled here from the monthly sums as they
-- stand, so the figures stay whole between this migration and the next refresh.
CREATE TABLE "InsightYearly" (
  "year" date NOT NULL CHECK (extract(month FROM "year") = 1 AND extract(day FROM "year") = 1),
  "regionId" integer NOT NULL,
  "regionPath" text NOT NULL,
  "categoryId" integer,
  "leadUnitId" integer,
  "received" integer NOT NULL,
  "assigned" integer NOT NULL,
  "replied" integer NOT NULL,
  "onTime" integer NOT NULL,
  "late" integer NOT NULL,
  "solved" integer NOT NULL,
  "faceToFace" integer NOT NULL,
  "evaluated" integer NOT NULL,
  "satisfied" integer NOT NULL,
  "basicallySatisfied" integer NOT NULL,
  "unsatisfied" integer NOT NULL,
  "classA" integer NOT NULL,
  "classB" integer NOT NULL,
  "classC" integer NOT NULL,
  "classD" integer NOT NULL,
  "overdue" integer NOT NULL,
  "replySeconds" double precision NOT NULL,
  "replyTimed" integer NOT NULL
);
CREATE UNIQUE INDEX "InsightYearly_key" ON "InsightYearly" ("regionPath" text_pattern_ops, "year", "categoryId", "leadUnitId") NULLS NOT DISTINCT;
INSERT INTO "InsightYearly" ("year", "regionId", "regionPath", "categoryId", "leadUnitId", "received", "assigned", "replied",
  "onTime", "late", "solved", "faceToFace", "evaluated", "satisfied", "basicallySatisfied", "unsatisfied", "classA", "classB",
  "classC", "classD", "overdue", "replySeconds", "replyTimed")
SELECT date_trunc('year', "month")::date, "regionId", "regionPath", "categoryId", "leadUnitId",
  sum("received"), sum("assigned"), sum("replied"), sum("onTime"), sum("late"), sum("solved"), sum("faceToFace"),
  sum("evaluated"), sum("satisfied"), sum("basicallySatisfied"), sum("unsatisfied"), sum("classA"), sum("classB"),
  sum("classC"), sum("classD"), sum("overdue"), sum("replySeconds"), sum("replyTimed")
FROM "InsightMonthly"
GROUP BY 1, 2, 3, 4, 5;
