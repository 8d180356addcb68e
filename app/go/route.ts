// After a password sign-in: send each role to its own area. The Location is a bare path, so it works on any
// host name and behind any proxy (an absolute URL built from request.url named the server's own localhost).
import { getActor } from "@/lib/auth/current-actor";
import { ROLE_HOME } from "@/lib/auth/roles";

export async function GET() {
  const actor = await getActor();
  return new Response(null, {
    status: 303,
    headers: { Location: actor ? ROLE_HOME[actor.role] : "/login/staff", "Cache-Control": "no-store" },
  });
}
