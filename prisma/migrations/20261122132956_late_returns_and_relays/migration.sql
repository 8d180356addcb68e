-- CreateEnum
CREATE TYPE "RelayDirection" AS ENUM ('TO_PROPOSER', 'TO_UNIT');

-- CreateEnum
CREATE TYPE "RelayStatus" AS ENUM ('PENDING', 'RELAYED', 'WITHHELD');

-- CreateTable
CREATE TABLE "ReturnRequest" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" INTEGER NOT NULL,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReturnRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelayMessage" (
    "id" SERIAL NOT NULL,
    "suggestionId" INTEGER NOT NULL,
    "direction" "RelayDirection" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "body" VARCHAR(2000) NOT NULL,
    "authorId" INTEGER NOT NULL,
    "status" "RelayStatus" NOT NULL DEFAULT 'PENDING',
    "relayedBody" VARCHAR(2000),
    "staffNote" VARCHAR(500),
    "handledById" INTEGER,
    "handledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RelayMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReturnRequest_assignmentId_idx" ON "ReturnRequest"("assignmentId");

-- CreateIndex
CREATE INDEX "ReturnRequest_status_idx" ON "ReturnRequest"("status");

-- CreateIndex
CREATE INDEX "RelayMessage_suggestionId_createdAt_idx" ON "RelayMessage"("suggestionId", "createdAt");

-- CreateIndex
CREATE INDEX "RelayMessage_status_createdAt_idx" ON "RelayMessage"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ReturnRequest" ADD CONSTRAINT "ReturnRequest_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: one pending late-return request per assignment; staff's decision is recorded with who and when.
CREATE UNIQUE INDEX "ReturnRequest_one_pending" ON "ReturnRequest" ("assignmentId") WHERE "status" = 'PENDING';
ALTER TABLE "ReturnRequest" ADD CONSTRAINT "ReturnRequest_decided" CHECK ("status" = 'PENDING' OR ("decidedById" IS NOT NULL AND "decidedAt" IS NOT NULL));
-- A relayed message says what the recipient reads; a handled one says who handled it.
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_handled" CHECK ("status" = 'PENDING' OR ("handledById" IS NOT NULL AND "handledAt" IS NOT NULL));
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_relayed_body" CHECK ("status" <> 'RELAYED' OR "relayedBody" IS NOT NULL);
