// After a password sign-in: send each role to its own area.
import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/current-actor";
import { ROLE_HOME } from "@/lib/auth/roles";

export async function GET(request: Request) {
  const actor = await getActor();
  return NextResponse.redirect(new URL(actor ? ROLE_HOME[actor.role] : "/login/staff", request.url));
}
