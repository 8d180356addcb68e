-- Hand-written: the figures added up per month (docs/decisions/0023-monthly-figures.md). One row per month of
-- submission, region, category and first-round lead unit, with a count per measure (lib/insight/measures.ts;
-- "overdue" as of the refresh) and the parts of the average reply time. Rebuilt from "InsightFact" in the same
-- transaction as the fact table (lib/insight/refresh.ts), with the same conditions as the lists, so a dashboard
-- reads whole months here and the days at a period's edges from the fact rows, and every number is still the
-- length of the list behind it.
-- A plain table rather than a materialized view: its SELECT list is written by measures.ts, not here, so each
-- measure stays defined once.
CREATE TABLE "InsightMonthly" (
  "month" date NOT NULL CHECK (extract(day FROM "month") = 1),
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
CREATE UNIQUE INDEX "InsightMonthly_key" ON "InsightMonthly" ("regionPath" text_pattern_ops, "month", "categoryId", "leadUnitId") NULLS NOT DISTINCT;
