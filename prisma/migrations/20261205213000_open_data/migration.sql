-- The public list of answered items (/stats/answered, lib/insight/answered-items.ts) reads newest reply first by
-- keyset over items that are not confidential and have a reply. Only those rows are in the index, so a page costs
-- the same at a million items as at a hundred.
CREATE INDEX "Suggestion_public_answered" ON "Suggestion" ("repliedAt" DESC, "id" DESC)
  WHERE NOT "confidential" AND "repliedAt" IS NOT NULL AND "status" IN ('FED_BACK', 'CLOSED');
