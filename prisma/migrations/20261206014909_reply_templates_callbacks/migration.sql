-- CreateEnum
CREATE TYPE "EvaluationChannel" AS ENUM ('ONLINE', 'PHONE_CALLBACK');

-- CreateEnum
CREATE TYPE "TemplateKind" AS ENUM ('REPLY', 'DECLINE', 'REFERRAL');

-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "rateRemindedFor" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "callNote" VARCHAR(1000),
ADD COLUMN     "calledAt" TIMESTAMPTZ(3),
ADD COLUMN     "callerName" VARCHAR(40),
ADD COLUMN     "channel" "EvaluationChannel" NOT NULL DEFAULT 'ONLINE';

-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" SERIAL NOT NULL,
    "kind" "TemplateKind" NOT NULL,
    "title" VARCHAR(60) NOT NULL,
    "body" VARCHAR(4000) NOT NULL,
    "regionId" INTEGER NOT NULL,
    "categoryId" INTEGER,
    "replyClass" "ReplyClass",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReplyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReplyTemplate_regionId_kind_active_idx" ON "ReplyTemplate"("regionId", "kind", "active");

-- AddForeignKey
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a rating taken by phone (回访) says who called, when and what was said; an online rating has none
-- of these. A template's reply class only means something for reply templates.
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_callback_facts" CHECK (
  ("channel" = 'ONLINE' AND "callerName" IS NULL AND "calledAt" IS NULL AND "callNote" IS NULL)
  OR ("channel" = 'PHONE_CALLBACK' AND "callerName" IS NOT NULL AND "calledAt" IS NOT NULL AND "callNote" IS NOT NULL)
);
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_class_for_replies" CHECK ("replyClass" IS NULL OR "kind" = 'REPLY');
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_text_present" CHECK (length(btrim("title")) > 0 AND length(btrim("body")) > 0);

-- Hand-written: the resident's duplicate hint (lib/suggestions/similar-open.ts) reads the newest open items that are
-- not confidential, of one station or region. Only those rows are in these indexes, so the read stays a few
-- index pages however many closed items a station has.
CREATE INDEX "Suggestion_open_public_station" ON "Suggestion" ("stationId", "submittedAt" DESC)
  WHERE NOT "confidential" AND "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'FED_BACK');
CREATE INDEX "Suggestion_open_public_region" ON "Suggestion" ("regionId", "submittedAt" DESC)
  WHERE NOT "confidential" AND "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'FED_BACK');

-- Hand-written: the figures count ratings taken by phone (回访) separately (docs/decisions/0071). The fact view gets
-- the latest rating's channel; it is rebuilt with every index it had (20261122133023, 20261122162948,
-- 20261122181015), and the monthly and yearly sums get a column per new measure (lib/insight/measures.ts), zero
-- until the next refresh rewrites them (the rows they sum had no phone ratings before this migration).
DROP MATERIALIZED VIEW "InsightFact";
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
  ev.result AS "evaluation",
  COALESCE(ev.channel = 'PHONE_CALLBACK', false) AS "ratedByPhone"
FROM "Suggestion" s
JOIN "Region" r ON r.id = s."regionId"
LEFT JOIN LATERAL (
  SELECT a."unitId", a."dueAt" FROM "Assignment" a
  WHERE a."suggestionId" = s.id AND a.role = 'LEAD' AND a.round = 1 AND a.status NOT IN ('WITHDRAWN', 'RETURNED')
  ORDER BY a."assignedAt" DESC, a.id DESC
  LIMIT 1
) lead ON true
LEFT JOIN LATERAL (
  SELECT min(rp."createdAt") AS "firstReplyAt" FROM "Reply" rp WHERE rp."suggestionId" = s.id
) rep ON true
LEFT JOIN LATERAL (
  SELECT e.result, e.channel FROM "Evaluation" e WHERE e."suggestionId" = s.id ORDER BY e.round DESC LIMIT 1
) ev ON true;

CREATE UNIQUE INDEX "InsightFact_id_key" ON "InsightFact" (id);
CREATE INDEX "InsightFact_regionPath_submittedOn_idx" ON "InsightFact" ("regionPath" text_pattern_ops, "submittedOn");
CREATE INDEX "InsightFact_stationId_submittedOn_idx" ON "InsightFact" ("stationId", "submittedOn");
CREATE INDEX "InsightFact_leadUnitId_submittedOn_idx" ON "InsightFact" ("leadUnitId", "submittedOn");
CREATE INDEX "InsightFact_deputyId_submittedOn_idx" ON "InsightFact" ("deputyId", "submittedOn");
CREATE INDEX "InsightFact_submittedAt_id_idx" ON "InsightFact" ("submittedAt" DESC, id DESC);
CREATE INDEX "InsightFact_open_dueAt_idx" ON "InsightFact" ("regionPath" text_pattern_ops, "dueAt")
  INCLUDE ("submittedOn", "regionId", "stationId", "categoryId", "leadUnitId", "deputyId", source, "submittedAt", id)
  WHERE status IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'FED_BACK');
CREATE INDEX "InsightFact_edge_days_idx" ON "InsightFact" ("submittedOn", "regionPath" text_pattern_ops, "categoryId", "leadUnitId");

ALTER TABLE "InsightMonthly" ADD COLUMN "ratedByPhone" integer NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedByPhone" integer NOT NULL DEFAULT 0,
  ADD COLUMN "basicallySatisfiedByPhone" integer NOT NULL DEFAULT 0;
ALTER TABLE "InsightYearly" ADD COLUMN "ratedByPhone" integer NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedByPhone" integer NOT NULL DEFAULT 0,
  ADD COLUMN "basicallySatisfiedByPhone" integer NOT NULL DEFAULT 0;
