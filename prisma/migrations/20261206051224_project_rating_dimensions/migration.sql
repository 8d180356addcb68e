-- AlterTable
ALTER TABLE "ProjectRating" ADD COLUMN     "dimensionVerdicts" "ProjectVerdict"[] DEFAULT ARRAY[]::"ProjectVerdict"[];

-- A rating names one verdict per dimension of its round, no more and no fewer, none empty (the round's dimensions
-- do not change once it is decided, which is before any rating).
CREATE OR REPLACE FUNCTION project_rating_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  SELECT pr."ratingOpenedAt", pr."ratingClosedAt", pr."dimensions" INTO r
    FROM "ProjectDelivery" d JOIN "ProjectRound" pr ON pr."id" = d."roundId"
    WHERE d."candidateId" = NEW."candidateId" FOR SHARE OF pr;
  IF r."ratingOpenedAt" IS NULL OR r."ratingClosedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'project_rating_closed' USING ERRCODE = 'check_violation';
  END IF;
  IF coalesce(cardinality(NEW."dimensionVerdicts"), 0) <> coalesce(cardinality(r."dimensions"), 0)
     OR array_position(NEW."dimensionVerdicts", NULL) IS NOT NULL THEN
    RAISE EXCEPTION 'project_rating_dimensions' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
