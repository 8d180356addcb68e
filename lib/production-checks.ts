// What a production start requires (decision 0030). One pure function over an environment, used by the
// production start script before it touches anything and by lib/env.ts, so `next start` with
// PORTAL_MODE=production cannot serve without them either. Add a requirement here and both refuse alike.
export type EnvLike = Readonly<Record<string, string | undefined>>;

export type ProductionProblem = { name: string; problem: string };

const isBase64Key = (v: string) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, "base64").length === 32;

function parseUrl(v: string): URL | null {
  try {
    return new URL(v);
  } catch {
    return null;
  }
}

type Check = (env: EnvLike) => ProductionProblem | null;

const secret =
  (name: string, valid: (v: string) => boolean, shape: string): Check =>
  (env) => {
    const v = env[name];
    if (!v) return { name, problem: `${name} is not set (${shape}; a production start never generates it)` };
    return valid(v) ? null : { name, problem: `${name} is not ${shape}` };
  };

const CHECKS: readonly Check[] = [
  secret("AUTH_SECRET", (v) => v.length >= 32, "a random string of at least 32 characters"),
  secret("PII_ENCRYPTION_KEY", isBase64Key, "32 random bytes, base64"),
  secret("PII_HMAC_KEY", isBase64Key, "32 random bytes, base64"),
  (env) => {
    const v = env.PUBLIC_URL;
    if (!v) return { name: "PUBLIC_URL", problem: "PUBLIC_URL is not set (the portal's public https:// address)" };
    const url = parseUrl(v);
    if (!url || url.protocol !== "https:")
      return { name: "PUBLIC_URL", problem: `PUBLIC_URL must be an https:// address (got ${JSON.stringify(v)})` };
    return null;
  },
  (env) => {
    const v = env.SMS_GATEWAY_URL;
    if (!v)
      return {
        name: "SMS_GATEWAY_URL",
        problem: "SMS_GATEWAY_URL is not set (a real SMS gateway; without one, codes could not reach residents)",
      };
    return parseUrl(v) ? null : { name: "SMS_GATEWAY_URL", problem: "SMS_GATEWAY_URL is not a URL" };
  },
  (env) => {
    const v = env.DATABASE_URL;
    if (!v)
      return {
        name: "DATABASE_URL",
        problem: "DATABASE_URL is not set (a real PostgreSQL server; production has no embedded database)",
      };
    const url = parseUrl(v);
    return url && /^postgres(ql)?:$/.test(url.protocol)
      ? null
      : { name: "DATABASE_URL", problem: "DATABASE_URL is not a postgres:// URL" };
  },
];

// Only the start script checks these: the web server never receives the owner's connection (it runs as the
// application role), and the actions key is baked into the build.
const START_CHECKS: readonly Check[] = [
  (env) => {
    const owner = env.DATABASE_OWNER_URL;
    if (!owner)
      return {
        name: "DATABASE_OWNER_URL",
        problem:
          "DATABASE_OWNER_URL is not set (the schema owner's connection for migrations; the portal itself runs as DATABASE_URL's least-privileged role, decision 0036)",
      };
    const ownerUser = parseUrl(owner)?.username;
    const appUser = parseUrl(env.DATABASE_URL ?? "")?.username;
    return ownerUser && appUser && ownerUser === appUser
      ? {
          name: "DATABASE_OWNER_URL",
          problem: "DATABASE_OWNER_URL and DATABASE_URL name the same user: the portal must not run as the owner",
        }
      : null;
  },
  secret("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", isBase64Key, "32 random bytes, base64, the same for every instance"),
];

/**
 * Everything a production start is missing, in a fixed order; empty when it may start. `start: true` adds what
 * only the start script needs (the owner's connection, the build's actions key).
 */
export function productionProblems(env: EnvLike, opts: { start?: boolean } = {}): ProductionProblem[] {
  return [...CHECKS, ...(opts.start ? START_CHECKS : [])]
    .map((check) => check(env))
    .filter((p): p is ProductionProblem => p !== null);
}

/** The one line an operator reads when the start is refused. */
export function refusalLine(problems: readonly ProductionProblem[]): string {
  return `production start refused: ${problems.map((p) => p.problem).join("; ")}`;
}
