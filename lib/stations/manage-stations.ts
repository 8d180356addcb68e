// The committee's station register: create, edit, close. A station with history is never deleted; closing it
// takes it off the public list and out of booking (active = false, closedOn set) and keeps everything it did.
// Each change is one transaction with its audit row, which records what the station was and what it became.
import { db, type Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { onUniqueViolation } from "../database-errors.ts";
import { randomBytes } from "node:crypto";
import { loadRegionInScope, loadStationForAdmin } from "./load-station.ts";
import { checkPlausiblePoint } from "./plausible-point.ts";
import { closeStationSchema, createStationSchema, editStationSchema } from "./schemas.ts";
import { checkStationParent } from "./station-tree.ts";
import type { z } from "zod";
import type { StationKind } from "../generated/prisma/enums.ts";
import { clearReferenceCaches } from "../cache/reference-data.ts";

type Fields = z.infer<typeof createStationSchema>;

/** The stored fields as plain values, for the audit row's before/after. */
function snapshot(s: {
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  regionId: number;
  address: string;
  lat: unknown;
  lng: unknown;
  openingHours: string;
  contactName: string | null;
  contactPhone: string | null;
  intro: string | null;
}) {
  return {
    code: s.code,
    name: s.name,
    kind: s.kind,
    parentId: s.parentId,
    regionId: s.regionId,
    address: s.address,
    lat: Number(s.lat),
    lng: Number(s.lng),
    openingHours: s.openingHours,
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    intro: s.intro,
  };
}

function data(input: Fields, parentId: number | null) {
  return {
    code: input.code,
    name: input.name,
    kind: input.kind,
    parentId,
    regionId: input.regionId,
    address: input.address,
    lat: input.lat,
    lng: input.lng,
    openingHours: input.openingHours,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    intro: input.intro ?? null,
  };
}

async function checkPlace(tx: Tx, actor: Actor, input: Fields, selfId?: number) {
  await loadRegionInScope(input.regionId, actor, tx);
  const scopePath = actor.regionPath ?? "/none/";
  const parentId = await checkStationParent(tx, input, scopePath, selfId);
  await checkPlausiblePoint(tx, input, scopePath, selfId);
  return parentId;
}

const codeTaken = (err: unknown) => onUniqueViolation(err, "places.codeTaken", "code");

export async function createStation(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const target = { type: "Station", id: "new" };
  await requireRole(actor, "station.manage", target, client);
  const input = createStationSchema.parse(raw);
  // The scope is the chosen region's: a station admin (station.manage for their own stations only) or staff of
  // another region are refused here, before anything is written.
  const region = await db.region.findUnique({ where: { id: input.regionId }, select: { path: true } });
  await requireScope(actor, "station.manage", region ? { regionPath: region.path } : null, target, client);
  try {
    return await db.$transaction(async (tx) => {
      const parentId = await checkPlace(tx, actor, input);
      const s = await tx.station.create({
        data: { ...data(input, parentId), qrToken: randomBytes(12).toString("base64url") },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "station.create",
          target: { type: "Station", id: s.id },
          result: "SUCCESS",
          client,
          detail: { after: snapshot({ ...data(input, parentId) }) },
        },
        tx,
      );
      return s;
    });
  } catch (err) {
    throw codeTaken(err);
  } finally {
    clearReferenceCaches(); // the public map and area list
  }
}

export async function editStation(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = editStationSchema.parse(raw);
  const before = await loadStationForAdmin(input.stationId, actor, client);
  const { stationId, ...fields } = input;
  try {
    await db.$transaction(async (tx) => {
      // Serialises edits of this station and of its tree, so two edits cannot build a cycle between them.
      await tx.$queryRaw`SELECT id FROM "Station" WHERE id = ${stationId} FOR UPDATE`;
      await checkChildrenFit(tx, stationId, fields.kind);
      const parentId = await checkPlace(tx, actor, fields, stationId);
      await tx.station.update({ where: { id: stationId }, data: data(fields, parentId) });
      await recordAudit(
        {
          actor,
          action: "station.edit",
          target: { type: "Station", id: stationId },
          result: "SUCCESS",
          client,
          detail: { before: snapshot(before), after: snapshot(data(fields, parentId)) },
        },
        tx,
      );
    });
  } catch (err) {
    throw codeTaken(err);
  } finally {
    clearReferenceCaches();
  }
}

/** A station with points (or a home with stations) keeps a kind its children can still belong to. */
async function checkChildrenFit(tx: Tx, id: number, kind: StationKind) {
  const childKind: Record<StationKind, StationKind | null> = { HOME: "STATION", STATION: "POINT", POINT: null };
  const misfit = await tx.station.count({
    where: { parentId: id, ...(childKind[kind] ? { kind: { not: childKind[kind] } } : {}) },
  });
  if (misfit > 0) throw new AppError("invalid", "places.kindHasChildren");
}

export async function closeStation(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = closeStationSchema.parse(raw);
  const s = await loadStationForAdmin(input.stationId, actor, client);
  await db.$transaction(async (tx) => {
    // Conditional: a station closed by someone else meanwhile is not closed twice (R3).
    const { count } = await tx.station.updateMany({
      where: { id: s.id, active: true },
      data: { active: false, closedOn: new Date(`${input.closedOn}T00:00:00Z`) },
    });
    if (count !== 1) throw new AppError("stale", "places.alreadyClosed");
    await recordAudit(
      {
        actor,
        action: "station.close",
        target: { type: "Station", id: s.id },
        result: "SUCCESS",
        client,
        detail: {
          before: { active: true, closedOn: null },
          after: { active: false, closedOn: input.closedOn },
          reason: input.reason,
        },
      },
      tx,
    );
  });
  clearReferenceCaches();
}
