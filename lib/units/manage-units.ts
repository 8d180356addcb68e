// The committee's handling-unit register: create, edit, deactivate (a unit with assignments is never deleted).
// A unit lives in a region; staff manage the units of their own region subtree. The unit's staff accounts are
// the system admin's. Every change writes an audit row with before and after, in the same transaction.
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import { clearReferenceCaches } from "../cache/reference-data.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { onUniqueViolation } from "../database-errors.ts";
import { createUnitSchema, editUnitSchema, unitActiveSchema } from "./schemas.ts";

const select = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  regionId: true,
  contact: true,
  contactPhone: true,
  active: true,
  region: { select: { path: true } },
} as const;

async function regionPathOf(regionId: number) {
  return (await db.region.findUnique({ where: { id: regionId }, select: { path: true } }))?.path ?? null;
}

async function loadUnitForAdmin(id: number, actor: Actor, client?: ClientInfo) {
  const target = { type: "HandlingUnit", id };
  await requireRole(actor, "unit.manage", target, client);
  const u = await db.handlingUnit.findUnique({ where: { id }, select });
  await requireScope(actor, "unit.manage", u ? { regionPath: u.region.path } : null, target, client);
  if (!u) throw notFound();
  return u;
}

const plain = (u: {
  code: string;
  name: string;
  shortName: string | null;
  regionId: number;
  contact: string | null;
  contactPhone: string | null;
}) => ({
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  regionId: u.regionId,
  contact: u.contact,
  contactPhone: u.contactPhone,
});

// The code or the name may be the one taken: a message for the whole form.
const mapUnique = (err: unknown) => onUniqueViolation(err, "places.unitTaken");

export async function createUnit(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const target = { type: "HandlingUnit", id: "new" };
  await requireRole(actor, "unit.manage", target, client);
  const input = createUnitSchema.parse(raw);
  const path = await regionPathOf(input.regionId);
  await requireScope(actor, "unit.manage", path ? { regionPath: path } : null, target, client);
  const data = {
    ...input,
    shortName: input.shortName ?? null,
    contact: input.contact ?? null,
    contactPhone: input.contactPhone ?? null,
  };
  try {
    const u = await db.$transaction(async (tx) => {
      const u = await tx.handlingUnit.create({ data, select: { id: true } });
      await recordAudit(
        {
          actor,
          action: "unit.create",
          target: { type: "HandlingUnit", id: u.id },
          result: "SUCCESS",
          client,
          detail: { after: plain(data) },
        },
        tx,
      );
      return u;
    });
    clearReferenceCaches();
    return u;
  } catch (err) {
    throw mapUnique(err);
  }
}

export async function editUnit(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = editUnitSchema.parse(raw);
  const before = await loadUnitForAdmin(input.unitId, actor, client);
  const { unitId, ...fields } = input;
  const path = await regionPathOf(fields.regionId);
  // Moving a unit to a region outside the actor's scope looks like that region does not exist.
  if (!path || !actor.regionPath || !path.startsWith(actor.regionPath))
    throw new AppError("invalid", "places.regionRequired");
  const data = {
    ...fields,
    shortName: fields.shortName ?? null,
    contact: fields.contact ?? null,
    contactPhone: fields.contactPhone ?? null,
  };
  try {
    await db.$transaction(async (tx) => {
      await tx.handlingUnit.update({ where: { id: unitId }, data });
      await recordAudit(
        {
          actor,
          action: "unit.edit",
          target: { type: "HandlingUnit", id: unitId },
          result: "SUCCESS",
          client,
          detail: { before: plain(before), after: plain(data) },
        },
        tx,
      );
    });
    clearReferenceCaches();
  } catch (err) {
    throw mapUnique(err);
  }
}

/** Deactivate (or reactivate) a unit: it keeps its assignments and replies, and is no longer offered. */
export async function setUnitActive(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = unitActiveSchema.parse(raw);
  const u = await loadUnitForAdmin(input.unitId, actor, client);
  const active = input.active === "true";
  await db.$transaction(async (tx) => {
    const { count } = await tx.handlingUnit.updateMany({ where: { id: u.id, active: !active }, data: { active } });
    if (count !== 1) throw new AppError("stale");
    await recordAudit(
      {
        actor,
        action: active ? "unit.activate" : "unit.deactivate",
        target: { type: "HandlingUnit", id: u.id },
        result: "SUCCESS",
        client,
        detail: { before: { active: !active }, after: { active } },
      },
      tx,
    );
  });
  clearReferenceCaches();
}
