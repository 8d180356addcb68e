// Runs before every page: a fresh CSP nonce and the security headers (S10), and a redirect to the sign-in
// page for role areas when there is no session cookie at all. It never decides access: every page, action and
// read checks the session, role and scope itself (S1).
import { NextResponse, type NextRequest } from "next/server";
import { areaRole } from "./lib/auth/roles.ts";
import { databaseReachable, unavailablePage } from "./lib/http/database-gate.ts";
import { LOCALE_COOKIE } from "./lib/i18n/locales.ts";
import { tileImgSource } from "./lib/map-tiles.ts";
import { oversizeBodyAnswer } from "./lib/http/body-limit.ts";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are low risk and React emits some; scripts are what the nonce guards.
    `style-src 'self' 'unsafe-inline'`,
    // The station map's tiles come from the configured tile host (lib/map-tiles.ts).
    `img-src 'self' blob: data:${tileImgSource() ? ` ${tileImgSource()}` : ""}`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? " ws:" : ""}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

export async function proxy(request: NextRequest) {
  const tooLarge = oversizeBodyAnswer(request);
  if (tooLarge) return tooLarge;
  const { pathname, search } = request.nextUrl;
  // In a cluster each instance names itself (INSTANCE_ID), so its log shows which requests it served.
  if (process.env.INSTANCE_ID) console.log(`[${process.env.INSTANCE_ID}] ${request.method} ${pathname}`);
  // R4: a page during a database outage says so at once (503). Form posts go on to their action, which fails
  // fast and gives back what was typed.
  const isPage = (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action");
  if (isPage && !(await databaseReachable())) {
    return unavailablePage(request.cookies.get(LOCALE_COOKIE)?.value, pathname + search);
  }
  const role = areaRole(pathname);
  if (role && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const login = new URL(role === "RESIDENT" ? "/login" : "/login/staff", request.url);
    login.searchParams.set("next", pathname + search);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()");
  if (request.nextUrl.protocol === "https:" || process.env.PUBLIC_URL?.startsWith("https://")) {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  if (role || pathname.startsWith("/login") || pathname.startsWith("/account"))
    response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
