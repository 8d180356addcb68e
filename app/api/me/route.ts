// GET /api/me: who the session belongs to, or 401. A revoked, idle or expired session — including an old
// token replayed after logout — gets 401 here like everywhere else (S5).
import { getActor } from "@/lib/auth/current-actor";

export const dynamic = "force-dynamic";

export async function GET() {
  const actor = await getActor();
  if (!actor)
    return Response.json({ error: "unauthenticated" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { id: actor.id, role: actor.role, name: actor.name },
    { headers: { "Cache-Control": "no-store" } },
  );
}
