-- CreateEnum
CREATE TYPE "SwapStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "SessionSwapRequest" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "fromDeputyId" INTEGER NOT NULL,
    "toDeputyId" INTEGER NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "status" "SwapStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" INTEGER NOT NULL,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionSwapRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionSwapRequest_sessionId_status_idx" ON "SessionSwapRequest"("sessionId", "status");

-- AddForeignKey
ALTER TABLE "SessionSwapRequest" ADD CONSTRAINT "SessionSwapRequest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSwapRequest" ADD CONSTRAINT "SessionSwapRequest_fromDeputyId_fkey" FOREIGN KEY ("fromDeputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSwapRequest" ADD CONSTRAINT "SessionSwapRequest_toDeputyId_fkey" FOREIGN KEY ("toDeputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One pending swap request per session and deputy.
CREATE UNIQUE INDEX "SessionSwapRequest_one_pending" ON "SessionSwapRequest" ("sessionId", "fromDeputyId") WHERE "status" = 'PENDING';
ALTER TABLE "SessionSwapRequest" ADD CONSTRAINT "SessionSwapRequest_other_deputy" CHECK ("fromDeputyId" <> "toDeputyId");
