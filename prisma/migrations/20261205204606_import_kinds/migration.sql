-- AlterTable
ALTER TABLE "HandlingUnit" ADD COLUMN     "contactPhone" VARCHAR(30);

-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "secretsEnc" TEXT;
