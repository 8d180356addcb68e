-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "number" INTEGER,
ADD COLUMN     "numberYear" INTEGER;

-- CreateTable
CREATE TABLE "SuggestionNumberSeq" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "SuggestionNumberSeq_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "SuggestionCoSigner" (
    "suggestionId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionCoSigner_pkey" PRIMARY KEY ("suggestionId","deputyId")
);

-- CreateTable
CREATE TABLE "SavedFilter" (
    "id" SERIAL NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "query" VARCHAR(1000) NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedFilter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuggestionCoSigner_deputyId_idx" ON "SuggestionCoSigner"("deputyId");

-- CreateIndex
CREATE INDEX "SavedFilter_shared_idx" ON "SavedFilter"("shared");

-- CreateIndex
CREATE UNIQUE INDEX "SavedFilter_ownerId_name_key" ON "SavedFilter"("ownerId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_numberYear_number_key" ON "Suggestion"("numberYear", "number");

-- AddForeignKey
ALTER TABLE "SuggestionCoSigner" ADD CONSTRAINT "SuggestionCoSigner_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionCoSigner" ADD CONSTRAINT "SuggestionCoSigner_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedFilter" ADD CONSTRAINT "SavedFilter_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (docs/decisions/0070-search-with-trigrams.md).
-- pg_trgm is a trusted extension: the schema owner (a database owner, no superuser) may create it. IF NOT EXISTS:
-- another change may have created it first.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Words in a suggestion's title and text: ILIKE '%词%' answered from trigram indexes (3 characters or more).
CREATE INDEX "Suggestion_title_trgm_idx" ON "Suggestion" USING gin (title gin_trgm_ops);
CREATE INDEX "Suggestion_content_trgm_idx" ON "Suggestion" USING gin (content gin_trgm_ops);

-- A deputy suggestion's number comes with its year, and only deputy suggestions are numbered.
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_number_with_year"
  CHECK (("number" IS NULL) = ("numberYear" IS NULL) AND ("number" IS NULL OR "number" > 0));
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_number_only_deputy"
  CHECK ("number" IS NULL OR kind = 'DEPUTY_SUGGESTION');
ALTER TABLE "SuggestionNumberSeq" ADD CONSTRAINT "SuggestionNumberSeq_last_positive" CHECK ("last" > 0);
