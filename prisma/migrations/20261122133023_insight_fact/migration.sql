-- Hand-written: the dashboards' fact table (docs/decisions/0020-insight-fact-table.md). One row per suggestion
-- with what the measures in lib/insight/measures.ts count, so a dashboard reads one narrow table instead of
-- joining assignments, replies, contact records and evaluations for every item. Refreshed (CONCURRENTLY) by the
-- job runner every five minutes and after the demo seed; "InsightFact_refreshed" in Setting says when.
CREATE MATERIALIZED VIEW "InsightFact" AS
SELECT
  s.id,
  s."submittedAt",
  (s."submittedAt" AT TIME ZONE 'Asia/Shanghai')::date AS "submittedOn",
  s."regionId",
  r.path AS "regionPath",
  s."stationId",
  s."categoryId",
  s.source,
  s.kind,
  s."proposerDeputyId" AS "deputyId",
  s.status,
  s."dueAt",
  s."replyClass",
  s."assignedAt",
  lead."unitId" AS "leadUnitId",
  lead."dueAt" AS "replyDueAt",
  rep."firstReplyAt",
  EXISTS (
    SELECT 1 FROM "HandlingRecord" h
    WHERE h."suggestionId" = s.id AND h.kind = 'CONTACT' AND h."contactMethod" = 'FACE_TO_FACE'
      AND h."occurredAt" <= rep."firstReplyAt"
  ) AS "faceToFace",
  ev.result AS "evaluation"
FROM "Suggestion" s
JOIN "Region" r ON r.id = s."regionId"
-- The first round's lead unit, as last assigned (a withdrawn or returned assignment no longer counts).
LEFT JOIN LATERAL (
  SELECT a."unitId", a."dueAt" FROM "Assignment" a
  WHERE a."suggestionId" = s.id AND a.role = 'LEAD' AND a.round = 1 AND a.status NOT IN ('WITHDRAWN', 'RETURNED')
  ORDER BY a."assignedAt" DESC, a.id DESC
  LIMIT 1
) lead ON true
LEFT JOIN LATERAL (
  SELECT min(rp."createdAt") AS "firstReplyAt" FROM "Reply" rp WHERE rp."suggestionId" = s.id
) rep ON true
-- The latest round's rating.
LEFT JOIN LATERAL (
  SELECT e.result FROM "Evaluation" e WHERE e."suggestionId" = s.id ORDER BY e.round DESC LIMIT 1
) ev ON true;

CREATE UNIQUE INDEX "InsightFact_id_key" ON "InsightFact" (id);
CREATE INDEX "InsightFact_regionPath_submittedOn_idx" ON "InsightFact" ("regionPath" text_pattern_ops, "submittedOn");
CREATE INDEX "InsightFact_submittedOn_idx" ON "InsightFact" ("submittedOn");
CREATE INDEX "InsightFact_stationId_submittedOn_idx" ON "InsightFact" ("stationId", "submittedOn");
CREATE INDEX "InsightFact_leadUnitId_submittedOn_idx" ON "InsightFact" ("leadUnitId", "submittedOn");
CREATE INDEX "InsightFact_deputyId_submittedOn_idx" ON "InsightFact" ("deputyId", "submittedOn");
CREATE INDEX "InsightFact_submittedAt_id_idx" ON "InsightFact" ("submittedAt" DESC, id DESC);
-- Overdue items: the open ones past their deadline. The predicate is the one measures.ts writes (literal stages).
CREATE INDEX "InsightFact_open_dueAt_idx" ON "InsightFact" ("regionPath" text_pattern_ops, "dueAt")
  WHERE status IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'FED_BACK');
