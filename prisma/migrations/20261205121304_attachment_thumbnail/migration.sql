-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "thumbnail" BYTEA;
