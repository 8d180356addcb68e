-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('QUEUED', 'CHECKING', 'READY', 'REJECTED', 'CONFIRMED', 'APPLYING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Deputy" ADD COLUMN     "code" VARCHAR(32),
ADD COLUMN     "phoneEnc" VARCHAR(200);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "createdById" INTEGER NOT NULL,
    "regionPath" VARCHAR(200) NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "file" BYTEA,
    "status" "ImportStatus" NOT NULL DEFAULT 'QUEUED',
    "progressDone" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "failureKey" VARCHAR(80),
    "failureParams" JSONB,
    "preview" JSONB,
    "excludeErrors" BOOLEAN NOT NULL DEFAULT false,
    "result" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportBatch_status_idx" ON "ImportBatch"("status");

-- CreateIndex
CREATE INDEX "ImportBatch_createdById_createdAt_idx" ON "ImportBatch"("createdById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Deputy_code_key" ON "Deputy"("code");

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Existing deputies get a register number so export → edit → import matches them (docs/decisions/0048).
UPDATE "Deputy" SET "code" = 'D' || lpad("id"::text, 6, '0') WHERE "code" IS NULL;
