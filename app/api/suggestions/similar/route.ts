// GET /api/suggestions/similar?text=&station=|region=: open items like the one being written, at the same station or
// in the same area, for the duplicate hint on /suggest. For people who may submit; public-safe fields only
// (lib/suggestions/similar-open.ts). The form calls it after the writer pauses (debounced in the browser).
import { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { roleMay } from "@/lib/auth/permissions";
import { hitLimits } from "@/lib/auth/rate-limit";
import { idParam } from "@/lib/http/search-params";
import { similarOpenItems } from "@/lib/suggestions/similar-open";

export const dynamic = "force-dynamic";

const params = z.object({
  text: z.string().max(2000).catch(""),
  station: idParam.optional().catch(undefined),
  region: idParam.optional().catch(undefined),
});
const headers = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !roleMay(actor, "suggestion.submit")) return Response.json({ items: [] }, { status: 401, headers });
  // Typing pauses a few times a minute; a script asking thousands of times is not writing an opinion.
  if (await hitLimits([{ key: `similar:user:${actor.id}`, windowSeconds: 60, max: 60 }]))
    return Response.json({ items: [] }, { status: 429, headers });
  const url = new URL(request.url);
  const p = params.parse({
    text: url.searchParams.get("text") ?? "",
    station: url.searchParams.get("station") ?? undefined,
    region: url.searchParams.get("region") ?? undefined,
  });
  const items = await similarOpenItems({ text: p.text, stationId: p.station, regionId: p.region });
  return Response.json({ items }, { headers });
}
