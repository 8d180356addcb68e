-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpEnrolledAt" TIMESTAMPTZ(3),
ADD COLUMN     "totpLastStep" INTEGER;

-- AlterTable
ALTER TABLE "AuthSession" ADD COLUMN     "secondFactorAt" TIMESTAMPTZ(3),
ADD COLUMN     "totpPendingEnc" VARCHAR(200);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "codeHmac" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryCode_userId_codeHmac_key" ON "RecoveryCode"("userId", "codeHmac");

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Residents sign in with a phone code and have no second factor: their sessions are complete from the start.
-- Sessions of other roles that exist before this migration are half-open and must pass the second factor.
UPDATE "AuthSession" s SET "secondFactorAt" = s."createdAt"
  FROM "User" u WHERE u."id" = s."userId" AND u."role" = 'RESIDENT';
