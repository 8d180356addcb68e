-- AlterTable
ALTER TABLE "DeputyMandate" ADD COLUMN     "endsOn" DATE,
ADD COLUMN     "startsOn" DATE;

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "notifiedFor" DATE;

-- AlterTable
ALTER TABLE "SupervisionCase" ADD COLUMN     "sourceKey" VARCHAR(80),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "SupervisionCaseEvent" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "action" VARCHAR(40) NOT NULL,
    "detail" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionCaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsPublication" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "entries" INTEGER NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" INTEGER,

    CONSTRAINT "PointsPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisionCaseEvent_caseId_createdAt_idx" ON "SupervisionCaseEvent"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PointsPublication_regionId_year_quarter_key" ON "PointsPublication"("regionId", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionCase_sourceKey_key" ON "SupervisionCase"("sourceKey");

-- AddForeignKey
ALTER TABLE "SupervisionCaseEvent" ADD CONSTRAINT "SupervisionCaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SupervisionCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a quarter is 1..4.
ALTER TABLE "PointsPublication" ADD CONSTRAINT "PointsPublication_quarter_check" CHECK ("quarter" BETWEEN 1 AND 4);
-- A leader-led case (领衔督办) names its leader.
ALTER TABLE "SupervisionCase" ADD CONSTRAINT "SupervisionCase_leader_led_check" CHECK ("level" <> 'LEADER_LED' OR "leaderId" IS NOT NULL);
