// A deputy the actor may manage: the role must have deputy.manage ("forbidden" otherwise), and the deputy must be
// "in" the actor's region through any mandate or station there (docs/decisions/0048), or they are "not found".
// Both refusals are audited before anything else is read (S1, S9).
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole } from "../auth/authorize-in-region.ts";
import { can, type Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";

export async function loadDeputyInScope(actor: Actor, id: number, client?: ClientInfo) {
  const target = { type: "Deputy", id };
  await requireRole(actor, "deputy.manage", target, client);
  const d = await db.deputy.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      active: true,
      mandates: { select: { region: { select: { path: true } } } },
      stations: { select: { station: { select: { region: { select: { path: true } } } } } },
    },
  });
  const paths = [
    ...(d?.mandates.map((m) => m.region.path) ?? []),
    ...(d?.stations.map((s) => s.station.region.path) ?? []),
  ];
  if (!d || !paths.some((p) => can(actor, "deputy.manage", { regionPath: p }))) {
    await recordAudit({
      actor,
      action: "permission.denied",
      target,
      result: "DENIED",
      client,
      detail: { action: "deputy.manage", why: "scope" },
    });
    throw notFound();
  }
  return { id: d.id, name: d.name, active: d.active };
}
