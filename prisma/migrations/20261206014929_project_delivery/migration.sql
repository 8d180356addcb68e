-- CreateEnum
CREATE TYPE "ProjectVerdict" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');

-- AlterTable
ALTER TABLE "ProjectRound" ADD COLUMN     "ratingClosedAt" TIMESTAMPTZ(3),
ADD COLUMN     "ratingOpenedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "PublicPhoto" ADD COLUMN     "progressUpdateId" INTEGER;

-- CreateTable
CREATE TABLE "ProjectDelivery" (
    "candidateId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "leadOfficial" VARCHAR(40) NOT NULL,
    "budgetWan" DECIMAL(12,2) NOT NULL,
    "percent" INTEGER NOT NULL DEFAULT 0,
    "assignedById" INTEGER NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectDelivery_pkey" PRIMARY KEY ("candidateId")
);

-- CreateTable
CREATE TABLE "ProjectMilestone" (
    "id" SERIAL NOT NULL,
    "candidateId" INTEGER NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "dueOn" DATE NOT NULL,
    "doneOn" DATE,

    CONSTRAINT "ProjectMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectProgressUpdate" (
    "id" SERIAL NOT NULL,
    "candidateId" INTEGER NOT NULL,
    "percent" INTEGER NOT NULL,
    "text" VARCHAR(2000) NOT NULL,
    "milestoneId" INTEGER,
    "authorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectSupervisor" (
    "candidateId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,

    CONSTRAINT "ProjectSupervisor_pkey" PRIMARY KEY ("candidateId","deputyId")
);

-- CreateTable
CREATE TABLE "ProjectSupervisionNote" (
    "id" SERIAL NOT NULL,
    "candidateId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "text" VARCHAR(1000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectSupervisionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectRating" (
    "candidateId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "verdict" "ProjectVerdict" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectRating_pkey" PRIMARY KEY ("candidateId","deputyId")
);

-- CreateIndex
CREATE INDEX "ProjectDelivery_unitId_idx" ON "ProjectDelivery"("unitId");

-- CreateIndex
CREATE INDEX "ProjectDelivery_roundId_idx" ON "ProjectDelivery"("roundId");

-- CreateIndex
CREATE INDEX "ProjectMilestone_candidateId_dueOn_idx" ON "ProjectMilestone"("candidateId", "dueOn");

-- CreateIndex
CREATE INDEX "ProjectProgressUpdate_candidateId_createdAt_idx" ON "ProjectProgressUpdate"("candidateId", "createdAt");

-- CreateIndex
CREATE INDEX "ProjectSupervisor_deputyId_idx" ON "ProjectSupervisor"("deputyId");

-- CreateIndex
CREATE INDEX "ProjectSupervisionNote_candidateId_createdAt_idx" ON "ProjectSupervisionNote"("candidateId", "createdAt");

-- AddForeignKey
ALTER TABLE "ProjectDelivery" ADD CONSTRAINT "ProjectDelivery_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ProjectCandidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMilestone" ADD CONSTRAINT "ProjectMilestone_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ProjectDelivery"("candidateId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProgressUpdate" ADD CONSTRAINT "ProjectProgressUpdate_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ProjectDelivery"("candidateId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSupervisor" ADD CONSTRAINT "ProjectSupervisor_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ProjectDelivery"("candidateId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSupervisionNote" ADD CONSTRAINT "ProjectSupervisionNote_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ProjectDelivery"("candidateId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectRating" ADD CONSTRAINT "ProjectRating_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ProjectDelivery"("candidateId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicPhoto" ADD CONSTRAINT "PublicPhoto_progressUpdateId_fkey" FOREIGN KEY ("progressUpdateId") REFERENCES "ProjectProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Hand-written (docs/decisions/0072) ──────────────────────────────────────────────────────────────────────────
-- Links to shared tables, written here so their Prisma models stay untouched.
ALTER TABLE "ProjectDelivery" ADD CONSTRAINT "ProjectDelivery_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProjectRound"("id");
ALTER TABLE "ProjectDelivery" ADD CONSTRAINT "ProjectDelivery_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id");
ALTER TABLE "ProjectDelivery" ADD CONSTRAINT "ProjectDelivery_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id");
ALTER TABLE "ProjectProgressUpdate" ADD CONSTRAINT "ProjectProgressUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");
ALTER TABLE "ProjectProgressUpdate" ADD CONSTRAINT "ProjectProgressUpdate_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "ProjectMilestone"("id");
ALTER TABLE "ProjectSupervisor" ADD CONSTRAINT "ProjectSupervisor_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id");
ALTER TABLE "ProjectSupervisionNote" ADD CONSTRAINT "ProjectSupervisionNote_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id");
ALTER TABLE "ProjectRating" ADD CONSTRAINT "ProjectRating_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id");

ALTER TABLE "ProjectDelivery" ADD CONSTRAINT "ProjectDelivery_percent_range" CHECK ("percent" BETWEEN 0 AND 100),
  ADD CONSTRAINT "ProjectDelivery_budget_nonnegative" CHECK ("budgetWan" >= 0);
ALTER TABLE "ProjectProgressUpdate" ADD CONSTRAINT "ProjectProgressUpdate_percent_range" CHECK ("percent" BETWEEN 0 AND 100);
ALTER TABLE "ProjectRound" ADD CONSTRAINT "ProjectRound_rating_order"
  CHECK ("ratingClosedAt" IS NULL OR ("ratingOpenedAt" IS NOT NULL AND "ratingClosedAt" >= "ratingOpenedAt"));

-- A photo belongs to exactly one owner: a station, a deputy, or a progress report.
ALTER TABLE "PublicPhoto" DROP CONSTRAINT "PublicPhoto_one_owner";
ALTER TABLE "PublicPhoto" ADD CONSTRAINT "PublicPhoto_one_owner" CHECK (num_nonnulls("stationId", "deputyId", "progressUpdateId") = 1);
CREATE INDEX "PublicPhoto_progressUpdateId_idx" ON "PublicPhoto"("progressUpdateId");

-- Only a project the vote decided is delivered, in the round it was decided in.
CREATE FUNCTION project_delivery_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "ProjectCandidate" c JOIN "ProjectRound" r ON r."id" = c."roundId"
                 WHERE c."id" = NEW."candidateId" AND c."roundId" = NEW."roundId"
                   AND c."outcome" = 'DECIDED' AND r."status" = 'DECIDED') THEN
    RAISE EXCEPTION 'project_delivery_not_decided' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER project_delivery_guard BEFORE INSERT OR UPDATE OF "candidateId", "roundId" ON "ProjectDelivery"
  FOR EACH ROW EXECUTE FUNCTION project_delivery_guard();

-- A rating is accepted only while the round's rating window is open (the share lock orders it with a close).
CREATE FUNCTION project_rating_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  SELECT pr."ratingOpenedAt", pr."ratingClosedAt" INTO r
    FROM "ProjectDelivery" d JOIN "ProjectRound" pr ON pr."id" = d."roundId"
    WHERE d."candidateId" = NEW."candidateId" FOR SHARE OF pr;
  IF r."ratingOpenedAt" IS NULL OR r."ratingClosedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'project_rating_closed' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER project_rating_guard BEFORE INSERT ON "ProjectRating" FOR EACH ROW EXECUTE FUNCTION project_rating_guard();
-- A rating is final.
CREATE FUNCTION project_rating_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'project_rating_final' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER project_rating_immutable BEFORE UPDATE OR DELETE ON "ProjectRating"
  FOR EACH ROW EXECUTE FUNCTION project_rating_immutable();

-- Candidate edit (decision 0072): on the fixed list, staff may still correct a candidate's title and description
-- until voting opens; its department, cost and round stay fixed, and nothing changes once voting has opened.
CREATE OR REPLACE FUNCTION project_candidate_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  SELECT "status", "votingOpensAt" INTO r FROM "ProjectRound"
    WHERE "id" = COALESCE(NEW."roundId", OLD."roundId") FOR SHARE;
  IF r."status" IN ('COLLECTING', 'SCREENING') THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND r."status" = 'BALLOT'
     AND (r."votingOpensAt" IS NULL OR r."votingOpensAt" > clock_timestamp())
     AND NEW."roundId" = OLD."roundId" AND NEW."unitId" = OLD."unitId" AND NEW."costWan" = OLD."costWan" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'project_candidate_list_fixed' USING ERRCODE = 'check_violation';
END $$;
