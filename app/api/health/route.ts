// GET /api/health: is the portal up and can it reach its database? 503 when it cannot (R4).
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    const ms = Math.round(performance.now() - started);
    return Response.json(
      { status: "ok", database: { status: "up", latencyMs: ms } },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "degraded", database: { status: "down" } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
