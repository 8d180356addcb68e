// 家—站—点: a point belongs to a station, a station may belong to a home, a home belongs to nothing. With kinds
// ordered like that a cycle cannot form, but the chain is walked anyway, so a kind changed after its children were
// attached cannot make one either. The parent must lie in the actor's region and be open.
import type { Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import type { StationKind } from "../generated/prisma/enums.ts";

const PARENT_KIND: Record<StationKind, StationKind | null> = { POINT: "STATION", STATION: "HOME", HOME: null };

export async function checkStationParent(
  tx: Tx,
  input: { kind: StationKind; parentId?: number },
  scopePath: string,
  selfId?: number,
): Promise<number | null> {
  if (input.parentId == null) {
    if (input.kind === "POINT") throw new AppError("invalid", "places.pointNeedsStation");
    return null;
  }
  const wanted = PARENT_KIND[input.kind];
  if (wanted == null) throw new AppError("invalid", "places.homeHasNoParent");
  if (input.parentId === selfId) throw new AppError("invalid", "places.parentCycle");
  // Walk up from the proposed parent: reaching the station itself is a cycle. A chain is at most three long;
  // the bound stops a corrupted one from looping.
  let at: number | null = input.parentId;
  let first = true;
  for (let depth = 0; at != null && depth < 10; depth++) {
    const row: {
      id: number;
      kind: StationKind;
      parentId: number | null;
      active: boolean;
      region: { path: string };
    } | null = await tx.station.findUnique({
      where: { id: at },
      select: { id: true, kind: true, parentId: true, active: true, region: { select: { path: true } } },
    });
    if (!row || !row.region.path.startsWith(scopePath)) throw new AppError("invalid", "places.parentNotFound");
    if (first) {
      if (row.kind !== wanted) throw new AppError("invalid", `places.parentKind_${input.kind}`);
      if (!row.active) throw new AppError("invalid", "places.parentClosed");
      first = false;
    }
    if (selfId != null && row.parentId === selfId) throw new AppError("invalid", "places.parentCycle");
    at = row.parentId;
  }
  return input.parentId;
}
