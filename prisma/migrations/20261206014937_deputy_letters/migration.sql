-- CreateEnum
CREATE TYPE "DeputyLetterKind" AS ENUM ('MESSAGE', 'MEETING');

-- CreateEnum
CREATE TYPE "DeputyLetterStatus" AS ENUM ('OPEN', 'ANSWERED', 'PASSED', 'RAISED');

-- CreateTable
CREATE TABLE "DeputyLetter" (
    "id" SERIAL NOT NULL,
    "trackingCode" VARCHAR(16) NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "kind" "DeputyLetterKind" NOT NULL,
    "status" "DeputyLetterStatus" NOT NULL DEFAULT 'OPEN',
    "subject" VARCHAR(100) NOT NULL,
    "body" VARCHAR(2000) NOT NULL,
    "viaQr" BOOLEAN NOT NULL DEFAULT false,
    "proposedTimes" TIMESTAMPTZ(3)[],
    "meetingAt" TIMESTAMPTZ(3),
    "meetingPlace" VARCHAR(200),
    "suggestionId" INTEGER,
    "idempotencyKey" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMPTZ(3),
    "flaggedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeputyLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeputyLetterReply" (
    "id" SERIAL NOT NULL,
    "letterId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "body" VARCHAR(2000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeputyLetterReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeputyLetter_trackingCode_key" ON "DeputyLetter"("trackingCode");

-- CreateIndex
CREATE UNIQUE INDEX "DeputyLetter_suggestionId_key" ON "DeputyLetter"("suggestionId");

-- CreateIndex
CREATE UNIQUE INDEX "DeputyLetter_idempotencyKey_key" ON "DeputyLetter"("idempotencyKey");

-- CreateIndex
CREATE INDEX "DeputyLetter_deputyId_createdAt_idx" ON "DeputyLetter"("deputyId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "DeputyLetter_residentId_createdAt_idx" ON "DeputyLetter"("residentId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "DeputyLetter_status_createdAt_idx" ON "DeputyLetter"("status", "createdAt");

-- CreateIndex
CREATE INDEX "DeputyLetterReply_letterId_createdAt_idx" ON "DeputyLetterReply"("letterId", "createdAt");

-- AddForeignKey
ALTER TABLE "DeputyLetter" ADD CONSTRAINT "DeputyLetter_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyLetter" ADD CONSTRAINT "DeputyLetter_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyLetter" ADD CONSTRAINT "DeputyLetter_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyLetterReply" ADD CONSTRAINT "DeputyLetterReply_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "DeputyLetter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyLetterReply" ADD CONSTRAINT "DeputyLetterReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A message carries no times; a meeting request (约访) one to three.
ALTER TABLE "DeputyLetter" ADD CONSTRAINT "DeputyLetter_proposed_times_check" CHECK (
  (kind = 'MESSAGE' AND coalesce(cardinality("proposedTimes"), 0) = 0)
  OR (kind = 'MEETING' AND cardinality("proposedTimes") BETWEEN 1 AND 3)
);
-- Passed or raised letters point at the suggestion they became; open or answered ones at none.
ALTER TABLE "DeputyLetter" ADD CONSTRAINT "DeputyLetter_suggestion_check" CHECK (
  ("suggestionId" IS NOT NULL) = (status IN ('PASSED', 'RAISED'))
);
-- An agreed meeting has its place.
ALTER TABLE "DeputyLetter" ADD CONSTRAINT "DeputyLetter_meeting_check" CHECK (
  ("meetingAt" IS NULL) = ("meetingPlace" IS NULL)
);
