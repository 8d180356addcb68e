-- AlterTable
ALTER TABLE "Reply" ADD COLUMN     "nextCheckOn" DATE;
