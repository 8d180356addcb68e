// The resident's duplicate hint: while someone writes, open items like theirs at the same station (or in the same
// area) are shown, so they can follow one instead of raising it again. Only what the public tracking page shows
// anyway leaves here (tracking code, title, category, stage, date); 保密 items and closed ones are never read.
// Similarity is counted here on character pairs (bigrams), which works for Chinese without a tokenizer or a
// database extension; the read is bounded by the place and by LIMIT, from the partial indexes on open public items
// (decision 0071).
import { db } from "../db.ts";
import type { SuggestionStatus } from "../generated/prisma/enums.ts";
import { shanghaiDateOf } from "../calendar/civil-date.ts";
import { cleanText } from "../validation/fields.ts";
import { FINAL_STATUSES, ALL_STATUSES, PUBLIC_STEPS } from "./workflow.ts";

const OPEN = ALL_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));
/** The newest open items of the place looked at: enough for a station's or a street's current business. */
const CANDIDATES = 200;
const SHOWN = 5;
/** Shared pairs over the shorter side's pairs; below this the items are about different things. */
const THRESHOLD = 0.3;
const MIN_SHARED = 2;
export const MIN_TYPED = 4;

export type SimilarItem = { code: string; title: string; category: string; step: string; submittedOn: string };

/** Letters, digits and CJK characters only, lower-cased: punctuation and spaces say nothing about the topic. */
const normalize = (s: string) =>
  cleanText(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

export function bigrams(text: string): Set<string> {
  const s = normalize(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared < MIN_SHARED ? 0 : shared / Math.min(a.size, b.size);
}

const stepOf = (status: SuggestionStatus) =>
  PUBLIC_STEPS.find((p) => (p.statuses as readonly SuggestionStatus[]).includes(status))?.key ?? "submit";

export async function similarOpenItems(input: {
  text: string;
  stationId?: number | null;
  regionId?: number | null;
}): Promise<SimilarItem[]> {
  const typed = bigrams(input.text.slice(0, 600));
  if (normalize(input.text).length < MIN_TYPED) return [];
  let place;
  if (input.stationId) {
    const st = await db.station.findFirst({ where: { id: input.stationId, active: true }, select: { regionId: true } });
    if (!st) return [];
    place = { OR: [{ stationId: input.stationId }, { regionId: st.regionId }] };
  } else if (input.regionId) {
    const r = await db.region.findUnique({ where: { id: input.regionId }, select: { path: true } });
    if (!r) return [];
    const ids = await db.region.findMany({ where: { path: { startsWith: r.path } }, select: { id: true }, take: 500 });
    place = { regionId: { in: ids.map((x) => x.id) } };
  } else return [];
  const rows = await db.suggestion.findMany({
    where: { ...place, confidential: false, status: { in: OPEN } },
    orderBy: { submittedAt: "desc" },
    take: CANDIDATES,
    select: { trackingCode: true, title: true, status: true, submittedAt: true, category: { select: { name: true } } },
  });
  return rows
    .map((r) => ({ r, score: similarity(typed, bigrams(r.title)) }))
    .filter((x) => x.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, SHOWN)
    .map(({ r }) => ({
      code: r.trackingCode,
      title: r.title,
      category: r.category.name,
      step: stepOf(r.status),
      submittedOn: shanghaiDateOf(r.submittedAt),
    }));
}
