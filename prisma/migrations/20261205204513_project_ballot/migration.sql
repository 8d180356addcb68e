-- CreateEnum
CREATE TYPE "ProjectRoundStatus" AS ENUM ('COLLECTING', 'SCREENING', 'BALLOT', 'DECIDED');

-- CreateEnum
CREATE TYPE "ProjectDecisionRule" AS ENUM ('MOST_YES_HALF_PRESENT', 'MOST_YES_HALF_ALL');

-- CreateEnum
CREATE TYPE "ProjectProposalSource" AS ENUM ('RESIDENT', 'DEPUTY', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "ProjectProposalStatus" AS ENUM ('SUBMITTED', 'MERGED', 'ADOPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ProjectReviewKind" AS ENUM ('GOVERNMENT_EXECUTIVE', 'CHAIRMEN', 'OTHER');

-- CreateEnum
CREATE TYPE "BallotMethod" AS ENUM ('ONLINE', 'PAPER');

-- CreateEnum
CREATE TYPE "ProjectOutcome" AS ENUM ('DECIDED', 'NOT_DECIDED', 'TIED');

-- CreateTable
CREATE TABLE "ProjectRound" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "level" "DeputyLevel" NOT NULL,
    "term" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "collectFrom" DATE NOT NULL,
    "collectUntil" DATE NOT NULL,
    "places" INTEGER NOT NULL,
    "rule" "ProjectDecisionRule" NOT NULL DEFAULT 'MOST_YES_HALF_PRESENT',
    "dimensions" VARCHAR(40)[],
    "status" "ProjectRoundStatus" NOT NULL DEFAULT 'COLLECTING',
    "votingOpensAt" TIMESTAMPTZ(3),
    "votingClosesAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectProposal" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "trackingCode" VARCHAR(12) NOT NULL,
    "source" "ProjectProposalSource" NOT NULL,
    "title" VARCHAR(60) NOT NULL,
    "content" VARCHAR(2000) NOT NULL,
    "location" VARCHAR(120) NOT NULL,
    "beneficiaries" VARCHAR(200) NOT NULL,
    "costWan" DECIMAL(12,2),
    "proposerId" INTEGER NOT NULL,
    "deputyId" INTEGER,
    "unitId" INTEGER,
    "status" "ProjectProposalStatus" NOT NULL DEFAULT 'SUBMITTED',
    "declineReason" VARCHAR(500),
    "mergedIntoId" INTEGER,
    "candidateId" INTEGER,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectCandidate" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "title" VARCHAR(60) NOT NULL,
    "description" VARCHAR(2000) NOT NULL,
    "unitId" INTEGER NOT NULL,
    "costWan" DECIMAL(12,2) NOT NULL,
    "outcome" "ProjectOutcome",
    "rank" INTEGER,

    CONSTRAINT "ProjectCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTally" (
    "candidateId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,
    "onlineYes" INTEGER NOT NULL DEFAULT 0,
    "onlineNo" INTEGER NOT NULL DEFAULT 0,
    "onlineAbstain" INTEGER NOT NULL DEFAULT 0,
    "paperYes" INTEGER NOT NULL DEFAULT 0,
    "paperNo" INTEGER NOT NULL DEFAULT 0,
    "paperAbstain" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectTally_pkey" PRIMARY KEY ("candidateId")
);

-- CreateTable
CREATE TABLE "ProjectReviewStep" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "kind" "ProjectReviewKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "recordedById" INTEGER NOT NULL,

    CONSTRAINT "ProjectReviewStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectAttendance" (
    "roundId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,

    CONSTRAINT "ProjectAttendance_pkey" PRIMARY KEY ("roundId","deputyId")
);

-- CreateTable
CREATE TABLE "BallotParticipation" (
    "roundId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "method" "BallotMethod" NOT NULL,
    "receiptHash" VARCHAR(64),

    CONSTRAINT "BallotParticipation_pkey" PRIMARY KEY ("roundId","deputyId")
);

-- CreateIndex
CREATE INDEX "ProjectRound_regionId_year_idx" ON "ProjectRound"("regionId", "year");

-- CreateIndex
CREATE INDEX "ProjectRound_status_idx" ON "ProjectRound"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectProposal_trackingCode_key" ON "ProjectProposal"("trackingCode");

-- CreateIndex
CREATE INDEX "ProjectProposal_roundId_status_idx" ON "ProjectProposal"("roundId", "status");

-- CreateIndex
CREATE INDEX "ProjectProposal_proposerId_idx" ON "ProjectProposal"("proposerId");

-- CreateIndex
CREATE INDEX "ProjectCandidate_roundId_idx" ON "ProjectCandidate"("roundId");

-- CreateIndex
CREATE INDEX "ProjectTally_roundId_idx" ON "ProjectTally"("roundId");

-- CreateIndex
CREATE INDEX "ProjectReviewStep_roundId_idx" ON "ProjectReviewStep"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotParticipation_receiptHash_key" ON "BallotParticipation"("receiptHash");

-- AddForeignKey
ALTER TABLE "ProjectProposal" ADD CONSTRAINT "ProjectProposal_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProjectRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProposal" ADD CONSTRAINT "ProjectProposal_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "ProjectProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProposal" ADD CONSTRAINT "ProjectProposal_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ProjectCandidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCandidate" ADD CONSTRAINT "ProjectCandidate_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProjectRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTally" ADD CONSTRAINT "ProjectTally_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ProjectCandidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectReviewStep" ADD CONSTRAINT "ProjectReviewStep_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProjectRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAttendance" ADD CONSTRAINT "ProjectAttendance_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProjectRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotParticipation" ADD CONSTRAINT "BallotParticipation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProjectRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────── hand-written (issue 14; docs/decisions/0067, 0068) ─────────

-- Links to the shared tables, kept out of their Prisma models so the feature touches none of them.
ALTER TABLE "ProjectRound" ADD CONSTRAINT "ProjectRound_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id");
ALTER TABLE "ProjectRound" ADD CONSTRAINT "ProjectRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id");
ALTER TABLE "ProjectProposal" ADD CONSTRAINT "ProjectProposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id");
ALTER TABLE "ProjectProposal" ADD CONSTRAINT "ProjectProposal_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id");
ALTER TABLE "ProjectProposal" ADD CONSTRAINT "ProjectProposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id");
ALTER TABLE "ProjectCandidate" ADD CONSTRAINT "ProjectCandidate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id");
ALTER TABLE "ProjectTally" ADD CONSTRAINT "ProjectTally_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProjectRound"("id");
ALTER TABLE "ProjectReviewStep" ADD CONSTRAINT "ProjectReviewStep_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id");
ALTER TABLE "ProjectAttendance" ADD CONSTRAINT "ProjectAttendance_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id");
ALTER TABLE "BallotParticipation" ADD CONSTRAINT "BallotParticipation_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id");

ALTER TABLE "ProjectRound"
  ADD CONSTRAINT "ProjectRound_places_range" CHECK ("places" BETWEEN 1 AND 100),
  ADD CONSTRAINT "ProjectRound_year_range" CHECK ("year" BETWEEN 2000 AND 2100),
  ADD CONSTRAINT "ProjectRound_term_range" CHECK ("term" BETWEEN 1 AND 99),
  ADD CONSTRAINT "ProjectRound_collect_order" CHECK ("collectUntil" >= "collectFrom"),
  ADD CONSTRAINT "ProjectRound_voting_order" CHECK ("votingClosesAt" IS NULL OR "votingOpensAt" IS NULL OR "votingClosesAt" > "votingOpensAt");
ALTER TABLE "ProjectProposal" ADD CONSTRAINT "ProjectProposal_cost_nonnegative" CHECK ("costWan" IS NULL OR "costWan" >= 0);
ALTER TABLE "ProjectCandidate" ADD CONSTRAINT "ProjectCandidate_cost_nonnegative" CHECK ("costWan" >= 0);
ALTER TABLE "ProjectTally" ADD CONSTRAINT "ProjectTally_counts_nonnegative" CHECK (
  "onlineYes" >= 0 AND "onlineNo" >= 0 AND "onlineAbstain" >= 0 AND "paperYes" >= 0 AND "paperNo" >= 0 AND "paperAbstain" >= 0);
-- An online ballot has a receipt; a paper one (marked by staff) has none.
ALTER TABLE "BallotParticipation" ADD CONSTRAINT "BallotParticipation_receipt_online"
  CHECK (("method" = 'ONLINE') = ("receiptHash" IS NOT NULL));

-- 差额: the list put to the vote holds more candidates than places. Checked when the round moves to BALLOT; the
-- places cannot change afterwards, and the list cannot change outside collection and screening (the candidate
-- trigger takes a share lock on the round, so a candidate added or removed concurrently is counted).
CREATE FUNCTION project_round_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF NEW."status" IN ('BALLOT', 'DECIDED') AND OLD."status" IN ('COLLECTING', 'SCREENING') THEN
    SELECT count(*) INTO n FROM "ProjectCandidate" WHERE "roundId" = NEW."id";
    IF n <= NEW."places" THEN
      RAISE EXCEPTION 'project_round_not_competitive: % candidates for % places', n, NEW."places" USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF OLD."status" IN ('BALLOT', 'DECIDED') AND NEW."places" <> OLD."places" THEN
    RAISE EXCEPTION 'project_round_places_fixed' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD."status" = 'DECIDED' AND NEW."status" <> 'DECIDED' THEN
    RAISE EXCEPTION 'project_round_decided' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER project_round_guard BEFORE UPDATE ON "ProjectRound" FOR EACH ROW EXECUTE FUNCTION project_round_guard();

CREATE FUNCTION project_candidate_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s "ProjectRoundStatus";
BEGIN
  SELECT "status" INTO s FROM "ProjectRound" WHERE "id" = COALESCE(NEW."roundId", OLD."roundId") FOR SHARE;
  IF s NOT IN ('COLLECTING', 'SCREENING') THEN
    RAISE EXCEPTION 'project_candidate_list_fixed' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER project_candidate_guard BEFORE INSERT OR DELETE OR UPDATE OF "roundId", "title", "description", "unitId", "costWan"
  ON "ProjectCandidate" FOR EACH ROW EXECUTE FUNCTION project_candidate_guard();

-- A cast ballot cannot be changed or taken back, by anyone (TRUNCATE, for a demo reset, is not a row change).
CREATE FUNCTION ballot_participation_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'BallotParticipation rows cannot be changed (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER ballot_participation_immutable BEFORE UPDATE OR DELETE ON "BallotParticipation"
  FOR EACH ROW EXECUTE FUNCTION ballot_participation_immutable();

-- Online counters only go up.
CREATE FUNCTION project_tally_online_monotonic() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."onlineYes" < OLD."onlineYes" OR NEW."onlineNo" < OLD."onlineNo" OR NEW."onlineAbstain" < OLD."onlineAbstain"
     OR NEW."roundId" <> OLD."roundId" THEN
    RAISE EXCEPTION 'project_tally_online_decrease' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER project_tally_online_monotonic BEFORE UPDATE ON "ProjectTally"
  FOR EACH ROW EXECUTE FUNCTION project_tally_online_monotonic();

-- At commit: each candidate's online 赞成+反对+弃权 equals the round's online ballots, its paper marks are no more
-- than the paper ballots, and no more 赞成 were given than places × ballots. Deferred, so a ballot's participation
-- row and its counter updates are checked together.
CREATE FUNCTION project_tally_consistent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r integer := NEW."roundId"; online integer; paper integer; n integer; bad integer;
BEGIN
  -- Deferred triggers run at commit, after every change of the transaction: one check per round suffices (a
  -- ballot updates a row per candidate, each of which queued this trigger).
  IF current_setting('project_tally.checked_' || r, true) = '1' THEN RETURN NULL; END IF;
  PERFORM set_config('project_tally.checked_' || r, '1', true);
  SELECT count(*) FILTER (WHERE "method" = 'ONLINE'), count(*) FILTER (WHERE "method" = 'PAPER')
    INTO online, paper FROM "BallotParticipation" WHERE "roundId" = r;
  SELECT "places" INTO n FROM "ProjectRound" WHERE "id" = r;
  SELECT count(*) INTO bad FROM "ProjectTally" WHERE "roundId" = r
    AND ("onlineYes" + "onlineNo" + "onlineAbstain" <> online OR "paperYes" + "paperNo" + "paperAbstain" > paper);
  IF bad > 0 THEN
    RAISE EXCEPTION 'project_tally_inconsistent: round %', r USING ERRCODE = 'check_violation';
  END IF;
  IF (SELECT coalesce(sum("onlineYes"), 0) FROM "ProjectTally" WHERE "roundId" = r) > n * online
     OR (SELECT coalesce(sum("paperYes"), 0) FROM "ProjectTally" WHERE "roundId" = r) > n * paper THEN
    RAISE EXCEPTION 'project_tally_too_many_yes: round %', r USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER project_tally_consistent_participation AFTER INSERT ON "BallotParticipation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_tally_consistent();
CREATE CONSTRAINT TRIGGER project_tally_consistent_tally AFTER UPDATE ON "ProjectTally"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_tally_consistent();
