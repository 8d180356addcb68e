// Find my deputies (找我的代表): the deputies of every level elected where a resident lives — mandates held at
// the chosen region or any region above it (its `path` is the chain of ancestor ids, so the chain is known without
// a recursive query) — and the regions a resident picks from. Public information only: no phone, no account.
// At province scale this is one look-up by the short chain of ids on DeputyMandate(regionId).
import { db } from "../db.ts";
import { shanghaiDateOf } from "../calendar/civil-date.ts";
import type { DeputyLevel } from "../generated/prisma/enums.ts";

/** Closest to the resident first: the township deputies they meet, up to the national congress. */
export const LEVELS_NEAR_FIRST: readonly DeputyLevel[] = ["TOWNSHIP", "COUNTY", "CITY", "PROVINCIAL", "NATIONAL"];

/** More deputies than this at one place is not a list anyone reads; the page shows this many. */
const MAX_MANDATES = 600;

export type ElectedDeputy = {
  id: number;
  name: string;
  occupation: string | null;
  constituency: string | null;
  regionName: string;
  photoKey: string | null;
};

export async function deputiesElectedAt(regionId: number, now = new Date()) {
  const region = await db.region.findUnique({
    where: { id: regionId },
    select: { id: true, name: true, level: true, path: true },
  });
  if (!region) return null;
  const chain = region.path.split("/").filter(Boolean).map(Number);
  const today = new Date(`${shanghaiDateOf(now)}T00:00:00Z`);
  const mandates = await db.deputyMandate.findMany({
    where: {
      regionId: { in: chain },
      deputy: { active: true },
      OR: [{ endsOn: null }, { endsOn: { gte: today } }],
    },
    orderBy: [{ level: "asc" }, { term: "desc" }, { deputyId: "asc" }],
    take: MAX_MANDATES,
    select: {
      level: true,
      term: true,
      constituency: true,
      region: { select: { name: true } },
      deputy: { select: { id: true, name: true, occupation: true, photo: { select: { key: true } } } },
    },
  });
  // After a term change (换届) the old term's mandates may still be open-ended: each level shows its newest term.
  const newest = new Map<DeputyLevel, number>();
  for (const m of mandates) if (!newest.has(m.level)) newest.set(m.level, m.term);
  const byLevel = new Map<DeputyLevel, ElectedDeputy[]>(LEVELS_NEAR_FIRST.map((l) => [l, []]));
  for (const m of mandates) {
    if (m.term !== newest.get(m.level)) continue;
    byLevel.get(m.level)!.push({
      id: m.deputy.id,
      name: m.deputy.name,
      occupation: m.deputy.occupation,
      constituency: m.constituency,
      regionName: m.region.name,
      photoKey: m.deputy.photo?.key ?? null,
    });
  }
  return { region, levels: LEVELS_NEAR_FIRST.map((level) => ({ level, deputies: byLevel.get(level)! })) };
}

/** The streets and townships of a district, for the second step of the picker. */
export async function townshipsOf(districtId: number) {
  return db.region.findMany({
    where: { parentId: districtId, level: "TOWNSHIP" },
    orderBy: [{ code: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
