// One deputy as the edit form shows them, or "not found" outside the staff's region (docs/decisions/0048).
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { decryptPii } from "../crypto/pii.ts";
import { fromDbDate } from "../calendar/civil-date.ts";
import { photoCardSelect } from "../photos/queries.ts";

export async function getDeputyForEdit(actor: Actor, id: number) {
  const d = await db.deputy.findUnique({
    where: { id },
    include: {
      photo: { select: photoCardSelect },
      user: { select: { username: true, disabledAt: true } },
      mandates: {
        include: { region: { select: { name: true, path: true } } },
        orderBy: [{ level: "asc" }, { term: "desc" }],
      },
      stations: { include: { station: { select: { name: true, region: { select: { path: true } } } } } },
    },
  });
  const paths = [
    ...(d?.mandates.map((m) => m.region.path) ?? []),
    ...(d?.stations.map((s) => s.station.region.path) ?? []),
  ];
  if (!d || !paths.some((p) => can(actor, "deputy.manage", { regionPath: p }))) throw notFound();
  return {
    id: d.id,
    code: d.code ?? "",
    name: d.name,
    gender: d.gender ?? "",
    occupation: d.occupation ?? "",
    // Staff of the deputy's region manage their contact details; the form shows the number to edit it.
    phone: d.phoneEnc ? decryptPii(d.phoneEnc) : "",
    bio: d.bio ?? "",
    groupId: d.groupId ? String(d.groupId) : "",
    photo: d.photo,
    active: d.active,
    account: d.user ? { username: d.user.username ?? "", disabled: d.user.disabledAt != null } : null,
    stations: d.stations
      .filter((s) => actor.regionPath && s.station.region.path.startsWith(actor.regionPath))
      .map((s) => s.station.name)
      .join("、"),
    mandates: d.mandates.map((m) => ({
      id: m.id,
      level: m.level,
      term: m.term,
      region: m.region.name,
      startsOn: m.startsOn ? fromDbDate(m.startsOn) : null,
      endsOn: m.endsOn ? fromDbDate(m.endsOn) : null,
    })),
  };
}
