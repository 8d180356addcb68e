// After a password sign-in: send each role to its own area, or first to the step its session is stopped at
// (second factor, password change). The Location is a bare path, so it works on any host name and behind any
// proxy (an absolute URL built from request.url named the server's own localhost).
import { getSessionActor } from "@/lib/auth/current-actor";
import { gatePath } from "@/lib/auth/open-session-redirect";
import { ROLE_HOME } from "@/lib/auth/roles";

export async function GET() {
  const actor = await getSessionActor();
  const target = actor ? (gatePath(actor.gate) ?? ROLE_HOME[actor.role]) : "/login/staff";
  // 303: a second-factor form submitted before the page's script loaded arrives here as a POST (the page's
  // redirect keeps the method); the next page must be fetched with GET.
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}

export const POST = GET;
