-- AlterEnum
-- A province above the cities (docs/decisions/0047). BEFORE 'CITY' so the enum sorts from the top of the tree down.
ALTER TYPE "RegionLevel" ADD VALUE 'PROVINCE' BEFORE 'CITY';

-- The sequences behind the default register codes of stations and units (docs/decisions/0045).
CREATE SEQUENCE "Station_code_seq";
CREATE SEQUENCE "HandlingUnit_code_seq";

-- AlterTable
ALTER TABLE "Station" ADD COLUMN     "closedOn" DATE,
ADD COLUMN     "code" VARCHAR(30) NOT NULL DEFAULT ('ST'::text || lpad((nextval('"Station_code_seq"'::regclass))::text, 6, '0'::text)),
ADD COLUMN     "parentId" INTEGER;

-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "defaultUnitId" INTEGER;

-- AlterTable
ALTER TABLE "HandlingUnit" ADD COLUMN     "code" VARCHAR(30) NOT NULL DEFAULT ('DW'::text || lpad((nextval('"HandlingUnit_code_seq"'::regclass))::text, 6, '0'::text));

-- Backfill: existing rows get a code from their id (stable, readable), and the sequences start past them so a
-- default code never collides with a backfilled one.
UPDATE "Station" SET code = 'ST' || lpad(id::text, 6, '0');
UPDATE "HandlingUnit" SET code = 'DW' || lpad(id::text, 6, '0');
SELECT setval('"Station_code_seq"', GREATEST((SELECT max(id) FROM "Station"), 0) + 1, false);
SELECT setval('"HandlingUnit_code_seq"', GREATEST((SELECT max(id) FROM "HandlingUnit"), 0) + 1, false);
ALTER SEQUENCE "Station_code_seq" OWNED BY "Station".code;
ALTER SEQUENCE "HandlingUnit_code_seq" OWNED BY "HandlingUnit".code;

-- CreateTable
CREATE TABLE "StationAssessment" (
    "id" SERIAL NOT NULL,
    "stationId" INTEGER NOT NULL,
    "assessedOn" DATE NOT NULL,
    "assessorName" VARCHAR(60) NOT NULL,
    "level" INTEGER NOT NULL,
    "hasVenue" BOOLEAN NOT NULL,
    "hasStaff" BOOLEAN NOT NULL,
    "hasRules" BOOLEAN NOT NULL,
    "hasActivities" BOOLEAN NOT NULL,
    "hasFunding" BOOLEAN NOT NULL,
    "hasEquipment" BOOLEAN NOT NULL,
    "notes" VARCHAR(1000),
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StationAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StationAssessment_stationId_assessedOn_idx" ON "StationAssessment"("stationId", "assessedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Station_code_key" ON "Station"("code");

-- CreateIndex
CREATE INDEX "Station_parentId_idx" ON "Station"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "HandlingUnit_code_key" ON "HandlingUnit"("code");

-- AddForeignKey
ALTER TABLE "Station" ADD CONSTRAINT "Station_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationAssessment" ADD CONSTRAINT "StationAssessment_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationAssessment" ADD CONSTRAINT "StationAssessment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_defaultUnitId_fkey" FOREIGN KEY ("defaultUnitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: integrity the schema language cannot say.
ALTER TABLE "Station" ADD CONSTRAINT "Station_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> id);
ALTER TABLE "Station" ADD CONSTRAINT "Station_closed_is_inactive" CHECK ("closedOn" IS NULL OR active = false);
ALTER TABLE "StationAssessment" ADD CONSTRAINT "StationAssessment_level_range" CHECK (level BETWEEN 1 AND 5);
