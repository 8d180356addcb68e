// Station reads. The public ones return only public fields; nothing personal is stored on a station.
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";

const MAX_QUERY = 40;

export async function listPublicStations(query?: string) {
  const q = query?.trim().slice(0, MAX_QUERY);
  return db.station.findMany({
    where: {
      active: true,
      ...(q
        ? {
            OR: [{ name: { contains: q } }, { address: { contains: q } }, { region: { name: { contains: q } } }],
          }
        : {}),
    },
    orderBy: [{ regionId: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      address: true,
      openingHours: true,
      starLevel: true,
      lat: true,
      lng: true,
      region: { select: { name: true, parent: { select: { name: true, level: true } } } },
    },
  });
}

export async function countPublicStations() {
  return db.station.count({ where: { active: true } });
}

export async function getPublicStation(id: number, now = new Date()) {
  return db.station.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      name: true,
      kind: true,
      address: true,
      lat: true,
      lng: true,
      openingHours: true,
      contactPhone: true,
      intro: true,
      starLevel: true,
      hasVenue: true,
      hasStaff: true,
      hasRules: true,
      hasActivities: true,
      hasFunding: true,
      hasEquipment: true,
      // How the station rose: the public history of its star assessments (no notes, which are internal).
      assessments: {
        orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
        take: 10,
        select: { id: true, assessedOn: true, level: true, assessorName: true },
      },
      region: { select: { name: true } },
      deputies: {
        where: { deputy: { active: true } },
        orderBy: { deputyId: "asc" },
        select: {
          deputy: { select: { id: true, name: true, occupation: true, mandates: { select: { level: true } } } },
        },
        take: 50,
      },
      sessions: {
        where: { status: "PUBLISHED", startsAt: { gte: now } },
        orderBy: { startsAt: "asc" },
        take: 8,
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          theme: true,
          capacity: true,
          bookedCount: true,
          deputies: { select: { deputy: { select: { name: true } } } },
        },
      },
    },
  });
}

/** The stations a station admin runs. */
export async function managedStations(actor: Actor) {
  if (actor.role !== "STATION_ADMIN") return [];
  return db.station.findMany({
    where: { id: { in: [...actor.stationIds] } },
    orderBy: { id: "asc" },
    select: { id: true, name: true, address: true, _count: { select: { sessions: true } } },
  });
}
