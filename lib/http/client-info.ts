// Where a request came from, for audit rows and throttling. The first X-Forwarded-For hop is trusted because
// the portal is meant to sit behind one reverse proxy; without one the header is absent.
export type ClientInfo = { ip: string | null; userAgent: string | null };

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderBag, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === "function")
    return (headers as { get(n: string): string | null }).get(name);
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

export function clientInfoFrom(headers: HeaderBag): ClientInfo {
  const forwarded = read(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || read(headers, "x-real-ip") || null;
  const ua = read(headers, "user-agent");
  return { ip: ip?.slice(0, 64) ?? null, userAgent: ua?.slice(0, 300) ?? null };
}

/** In a server component or action. Outside a request (jobs, scripts) there is no client. */
export async function currentClientInfo(): Promise<ClientInfo> {
  try {
    const { headers } = await import("next/headers");
    return clientInfoFrom(await headers());
  } catch {
    return { ip: null, userAgent: null };
  }
}
