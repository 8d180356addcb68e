-- AlterTable
ALTER TABLE "Deputy" DROP COLUMN "photoUrl";

-- CreateTable
CREATE TABLE "PublicPhoto" (
    "id" SERIAL NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "stationId" INTEGER,
    "deputyId" INTEGER,
    "mimeType" VARCHAR(40) NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "thumbnail" BYTEA NOT NULL,
    "alt" VARCHAR(120),
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicPhoto_stationId_key" ON "PublicPhoto"("stationId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicPhoto_deputyId_key" ON "PublicPhoto"("deputyId");

-- CreateIndex
CREATE INDEX "PublicPhoto_key_idx" ON "PublicPhoto"("key");

-- AddForeignKey
ALTER TABLE "PublicPhoto" ADD CONSTRAINT "PublicPhoto_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicPhoto" ADD CONSTRAINT "PublicPhoto_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A photo belongs to exactly one station or one deputy.
ALTER TABLE "PublicPhoto" ADD CONSTRAINT "PublicPhoto_one_owner" CHECK (num_nonnulls("stationId", "deputyId") = 1);
-- The content id is a hash in hex, never empty; a row's bytes are what its key says.
ALTER TABLE "PublicPhoto" ADD CONSTRAINT "PublicPhoto_key_hex" CHECK ("key" ~ '^[0-9a-f]{32}$');
ALTER TABLE "PublicPhoto" ADD CONSTRAINT "PublicPhoto_size" CHECK ("size" = octet_length("data") AND "size" > 0);
