// GET /api/health: is the portal up, can it reach its database, and how much disk is free? 503 when the
// database cannot be reached (R4): a balancer then takes the instance out. A disk below the floor (decision 0060)
// is reported (status "degraded", disk.status "low") but answers 200: every instance shares that state, pages
// and text forms still work, and only uploads are refused.
import { db } from "@/lib/db";
import { diskStatus } from "@/lib/storage/disk";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  const disk = await diskStatus();
  try {
    await db.$queryRaw`SELECT 1`;
    const ms = Math.round(performance.now() - started);
    return Response.json(
      { status: disk.status === "low" ? "degraded" : "ok", database: { status: "up", latencyMs: ms }, disk },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "degraded", database: { status: "down" }, disk },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
