// GET /api/stations/points?area=&kind=: every open station matching the public filters as [id, lat, lng, name],
// for the clustered map and "near me" on /stations. Public data only; cached a minute here and in the browser.
import { z } from "zod";
import { idParam } from "@/lib/http/search-params";
import { publicStationPoints } from "@/lib/stations/queries";

export const dynamic = "force-dynamic";

const params = z.object({
  area: idParam.optional().catch(undefined),
  kind: z.enum(["HOME", "STATION", "POINT"]).optional().catch(undefined),
});

export async function GET(request: Request) {
  const url = new URL(request.url);
  const f = params.parse({
    area: url.searchParams.get("area") ?? undefined,
    kind: url.searchParams.get("kind") ?? undefined,
  });
  const points = await publicStationPoints(f);
  return Response.json({ points }, { headers: { "Cache-Control": "public, max-age=60" } });
}
