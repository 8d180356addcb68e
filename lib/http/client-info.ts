// Where a request came from, for audit rows and throttling (decision 0031). The address is the socket's peer,
// stamped into PEER_HEADER by the portal's server (scripts/serve.mjs), which first overwrites anything a
// client sent under that name; a per-process token in the value proves the stamp is ours. Forwarded headers
// count only when that peer is one of TRUSTED_PROXIES (none by default): then the right-most hop that is not a
// trusted proxy is the client, since everything left of it was written by the client itself.
import { BlockList, isIP } from "node:net";

export type ClientInfo = { ip: string | null; userAgent: string | null };

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export const PEER_HEADER = "x-liaison-peer";
export const PEER_TOKEN_ENV = "LIAISON_PEER_TOKEN";

function read(headers: HeaderBag, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === "function")
    return (headers as { get(n: string): string | null }).get(name);
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(", ") : (v ?? null);
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null. */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let v = raw.trim();
  if (v.startsWith("[") && v.includes("]"))
    v = v.slice(1, v.indexOf("]")); // [v6]:port
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":")); // v4:port
  if (v.toLowerCase().startsWith("::ffff:") && isIP(v.slice(7)) === 4) v = v.slice(7);
  return isIP(v) ? v.toLowerCase() : null;
}

/** TRUSTED_PROXIES: "10.0.0.5, 172.16.0.0/12, ::1". Entries that do not parse are refused loudly. */
export function parseTrustedProxies(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bits] = entry.split("/");
    const ip = normalizeIp(addr);
    const family = ip && isIP(ip) === 6 ? "ipv6" : "ipv4";
    const prefix = bits === undefined ? undefined : Number(bits);
    if (
      !ip ||
      (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === "ipv6" ? 128 : 32)))
    )
      throw new Error(`TRUSTED_PROXIES: cannot read ${JSON.stringify(entry)} (an IP address or CIDR)`);
    if (prefix === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, prefix, family);
  }
  return list;
}

const trusts = (list: BlockList, ip: string) => list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");

/**
 * The client address: the peer, unless the peer is a trusted proxy; then walk X-Forwarded-For from the right
 * past trusted proxies and take the first hop that is not one. A hop that is not an address ends the walk there
 * (the last good hop, a trusted proxy, is then the best we know).
 */
export function selectClientIp(peer: string | null, forwardedFor: string | null, trusted: BlockList): string | null {
  const direct = normalizeIp(peer);
  if (!direct || !trusts(trusted, direct)) return direct;
  let current = direct;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]);
    if (!hop) return current;
    current = hop;
    if (!trusts(trusted, hop)) return hop;
  }
  return current;
}

let trustedCache: { spec: string; list: BlockList } | undefined;
function trustedProxies(): BlockList {
  const spec = process.env.TRUSTED_PROXIES ?? "";
  if (trustedCache?.spec !== spec) trustedCache = { spec, list: parseTrustedProxies(spec) };
  return trustedCache.list;
}

/**
 * The peer as our server stamped it. Under a bare `next start` there is no stamp; then the peer is the last
 * X-Forwarded-For hop, which Next sets to the socket address only when the client sent none — forgeable, so
 * a production start refuses to run that way (instrumentation.ts) and the demo documents it.
 */
export function peerFrom(headers: HeaderBag): string | null {
  const token = process.env[PEER_TOKEN_ENV];
  const stamp = read(headers, PEER_HEADER);
  if (token && stamp?.startsWith(`${token} `)) return stamp.slice(token.length + 1);
  if (token) return null; // our server runs but this stamp is not ours: trust nothing
  return read(headers, "x-forwarded-for")?.split(",").at(-1)?.trim() ?? null;
}

export function clientInfoFrom(headers: HeaderBag): ClientInfo {
  const ip = selectClientIp(peerFrom(headers), read(headers, "x-forwarded-for"), trustedProxies());
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
