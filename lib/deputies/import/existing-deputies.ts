// The deputies a file names, as the database holds them, in a few queries however long the file is.
import { db } from "../../db.ts";
import type { DeputyLevel } from "../../generated/prisma/enums.ts";
import { fromDbDate } from "../../calendar/civil-date.ts";

export type ExistingDeputy = {
  id: number;
  code: string;
  name: string;
  gender: string | null;
  occupation: string | null;
  groupId: number | null;
  phoneEnc: string | null;
  bio: string | null;
  /** Region paths of every mandate and station, to decide whether the deputy is in the uploader's region. */
  paths: string[];
  stationIds: number[];
  mandates: Map<string, ExistingMandate>;
};

export type ExistingMandate = {
  regionId: number;
  constituency: string | null;
  startsOn: string | null;
  endsOn: string | null;
};

export const mandateKey = (level: DeputyLevel, term: number) => `${level}:${term}`;

const CHUNK = 5000;

export async function loadExistingDeputies(codes: string[]): Promise<Map<string, ExistingDeputy>> {
  const out = new Map<string, ExistingDeputy>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const rows = await db.deputy.findMany({
      where: { code: { in: codes.slice(i, i + CHUNK) } },
      select: {
        id: true,
        code: true,
        name: true,
        gender: true,
        occupation: true,
        groupId: true,
        phoneEnc: true,
        bio: true,
        mandates: {
          select: {
            level: true,
            term: true,
            regionId: true,
            constituency: true,
            startsOn: true,
            endsOn: true,
            region: { select: { path: true } },
          },
        },
        stations: { select: { stationId: true, station: { select: { region: { select: { path: true } } } } } },
      },
    });
    for (const d of rows) {
      out.set(d.code!, {
        id: d.id,
        code: d.code!,
        name: d.name,
        gender: d.gender,
        occupation: d.occupation,
        groupId: d.groupId,
        phoneEnc: d.phoneEnc,
        bio: d.bio,
        paths: [...d.mandates.map((m) => m.region.path), ...d.stations.map((s) => s.station.region.path)],
        stationIds: d.stations.map((s) => s.stationId),
        mandates: new Map(
          d.mandates.map((m) => [
            mandateKey(m.level, m.term),
            {
              regionId: m.regionId,
              constituency: m.constituency,
              startsOn: m.startsOn ? fromDbDate(m.startsOn) : null,
              endsOn: m.endsOn ? fromDbDate(m.endsOn) : null,
            },
          ]),
        ),
      });
    }
  }
  return out;
}
