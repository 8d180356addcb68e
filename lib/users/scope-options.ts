// What the account forms' pickers offer: regions, units, stations or deputies matching a few typed characters.
// A province has thousands of each, so the forms search instead of listing them all (at most 20 answers).
import { z } from "zod";
import { db } from "../db.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import { parseId } from "../validation/fields.ts";
import { written } from "../notifications/texts.ts";

export const SCOPE_KINDS = ["region", "unit", "station", "deputy"] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
export type ScopeOption = { id: number; label: string };

const querySchema = z.strictObject({ kind: z.enum(SCOPE_KINDS), q: z.string().trim().max(40) });
const TAKE = 20;

export async function searchScopeOptions(actor: Actor, raw: unknown): Promise<ScopeOption[]> {
  if (!can(actor, "user.manage")) throw new AppError("forbidden");
  const { kind, q } = querySchema.parse(raw);
  const id = parseId(q) ?? undefined;
  const text = { contains: q, mode: "insensitive" as const };
  switch (kind) {
    case "region": {
      const rows = await db.region.findMany({
        where: id ? { OR: [{ id }, { name: text }] } : { name: text },
        orderBy: [{ level: "asc" }, { name: "asc" }],
        take: TAKE,
        select: { id: true, name: true, parent: { select: { name: true } } },
      });
      return rows.map((r) => ({ id: r.id, label: r.parent ? `${r.parent.name} · ${r.name}` : r.name }));
    }
    case "unit": {
      const rows = await db.handlingUnit.findMany({
        where: { active: true, ...(id ? { OR: [{ id }, { name: text }] } : { name: text }) },
        orderBy: { name: "asc" },
        take: TAKE,
        select: { id: true, name: true },
      });
      return rows.map((r) => ({ id: r.id, label: r.name }));
    }
    case "station": {
      const rows = await db.station.findMany({
        where: { active: true, ...(id ? { OR: [{ id }, { name: text }] } : { name: text }) },
        orderBy: { name: "asc" },
        take: TAKE,
        select: { id: true, name: true, region: { select: { name: true } } },
      });
      return rows.map((r) => ({ id: r.id, label: `${r.name}（${r.region.name}）` }));
    }
    case "deputy": {
      const rows = await db.deputy.findMany({
        where: { active: true, ...(id ? { OR: [{ id }, { name: text }] } : { name: text }) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: TAKE,
        select: { id: true, name: true, occupation: true, user: { select: { username: true } } },
      });
      // Namesakes are common: the occupation and the id tell them apart; a linked account is shown up front.
      return rows.map((r) => ({
        id: r.id,
        label: written("recorded.deputyOption", {
          name: r.name,
          id: String(r.id),
          occupation: r.occupation ? written("recorded.deputyOptionOccupation", { occupation: r.occupation }) : "",
          account: r.user ? written("recorded.deputyOptionAccount", { username: r.user.username ?? "" }) : "",
        }),
      }));
    }
  }
}

/** The names behind ids already chosen (a filter in the address bar), for the pickers to show. */
export async function scopeOptionsFor(
  actor: Actor,
  ids: { regionId?: number; unitId?: number; stationId?: number },
): Promise<Record<"region" | "unit" | "station", ScopeOption[]>> {
  if (!can(actor, "user.manage")) throw new AppError("forbidden");
  const [region, unit, station] = await Promise.all([
    ids.regionId ? db.region.findUnique({ where: { id: ids.regionId }, select: { id: true, name: true } }) : null,
    ids.unitId ? db.handlingUnit.findUnique({ where: { id: ids.unitId }, select: { id: true, name: true } }) : null,
    ids.stationId ? db.station.findUnique({ where: { id: ids.stationId }, select: { id: true, name: true } }) : null,
  ]);
  const one = (r: { id: number; name: string } | null) => (r ? [{ id: r.id, label: r.name }] : []);
  return { region: one(region), unit: one(unit), station: one(station) };
}
