-- CreateEnum
CREATE TYPE "DutyActivityKind" AS ENUM ('INSPECTION', 'SURVEY', 'LAW_ENFORCEMENT_CHECK', 'GROUP_ACTIVITY', 'TRAINING', 'REPORT_TO_VOTERS');

-- CreateEnum
CREATE TYPE "ReceptionList" AS ENUM ('PROBLEM', 'PROPOSAL', 'FEEDBACK');

-- CreateTable
CREATE TABLE "DutyActivity" (
    "id" SERIAL NOT NULL,
    "kind" "DutyActivityKind" NOT NULL,
    "regionId" INTEGER NOT NULL,
    "stationId" INTEGER,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" VARCHAR(120) NOT NULL,
    "theme" VARCHAR(120) NOT NULL,
    "report" VARCHAR(8000),
    "ratingClosesAt" TIMESTAMPTZ(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DutyActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyActivityDeputy" (
    "activityId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DutyActivityDeputy_pkey" PRIMARY KEY ("activityId","deputyId")
);

-- CreateTable
CREATE TABLE "DutyActivityIssue" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "text" VARCHAR(2000) NOT NULL,
    "suggestionId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyActivityIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyActivityPhoto" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "mimeType" VARCHAR(40) NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "thumbnail" BYTEA NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyActivityPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoterReportRating" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "result" "EvaluationResult" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoterReportRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionListItem" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "list" "ReceptionList" NOT NULL,
    "text" VARCHAR(1000) NOT NULL,
    "dueOn" DATE,
    "answer" VARCHAR(1000),
    "answeredAt" TIMESTAMPTZ(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceptionListItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DutyActivity_regionId_startsAt_idx" ON "DutyActivity"("regionId", "startsAt");

-- CreateIndex
CREATE INDEX "DutyActivity_stationId_startsAt_idx" ON "DutyActivity"("stationId", "startsAt");

-- CreateIndex
CREATE INDEX "DutyActivityDeputy_deputyId_idx" ON "DutyActivityDeputy"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyActivityIssue_suggestionId_key" ON "DutyActivityIssue"("suggestionId");

-- CreateIndex
CREATE INDEX "DutyActivityIssue_activityId_idx" ON "DutyActivityIssue"("activityId");

-- CreateIndex
CREATE INDEX "DutyActivityPhoto_activityId_idx" ON "DutyActivityPhoto"("activityId");

-- CreateIndex
CREATE UNIQUE INDEX "VoterReportRating_activityId_residentId_key" ON "VoterReportRating"("activityId", "residentId");

-- CreateIndex
CREATE INDEX "ReceptionListItem_sessionId_idx" ON "ReceptionListItem"("sessionId");

-- CreateIndex
CREATE INDEX "ReceptionListItem_list_answeredAt_dueOn_idx" ON "ReceptionListItem"("list", "answeredAt", "dueOn");

-- AddForeignKey
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivityDeputy" ADD CONSTRAINT "DutyActivityDeputy_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "DutyActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivityDeputy" ADD CONSTRAINT "DutyActivityDeputy_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivityIssue" ADD CONSTRAINT "DutyActivityIssue_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "DutyActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivityIssue" ADD CONSTRAINT "DutyActivityIssue_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivityPhoto" ADD CONSTRAINT "DutyActivityPhoto_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "DutyActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterReportRating" ADD CONSTRAINT "VoterReportRating_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "DutyActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterReportRating" ADD CONSTRAINT "VoterReportRating_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionListItem" ADD CONSTRAINT "ReceptionListItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (docs/decisions/0066).
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_span" CHECK ("endsAt" > "startsAt");
-- Only a 述职 is rated, and it has a closing time for the ratings.
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_rating_window"
  CHECK (("kind" = 'REPORT_TO_VOTERS') = ("ratingClosesAt" IS NOT NULL));
-- A 限时反馈 item has a due date; only it is answered.
ALTER TABLE "ReceptionListItem" ADD CONSTRAINT "ReceptionListItem_feedback_due"
  CHECK (("list" = 'FEEDBACK') = ("dueOn" IS NOT NULL) AND ("answeredAt" IS NULL OR "list" = 'FEEDBACK'));
ALTER TABLE "DutyActivityPhoto" ADD CONSTRAINT "DutyActivityPhoto_size_limit" CHECK ("size" > 0 AND "size" <= 10485760);

-- A rule per activity kind (视察 and 述职 already have theirs); the rubric page lists them all.
INSERT INTO "DutyPointRule" ("code", "name", "points") VALUES
  ('SURVEY', '参加调研', 5),
  ('LAW_ENFORCEMENT_CHECK', '参加执法检查', 8),
  ('GROUP_ACTIVITY', '参加专业小组活动', 3),
  ('TRAINING', '参加培训', 2)
ON CONFLICT ("code") DO NOTHING;
