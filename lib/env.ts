// The environment, parsed once. Secrets are generated into .data/secrets.json by the start script for a
// local install (scripts/lib/local-secrets.ts); a real deployment sets them itself.
import { z } from "zod";
import { productionProblems, refusalLine } from "./production-checks.ts";

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, { error: "must be 32 bytes, base64" });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /// "demo" (the one-command start: demo data, codes shown on the page) or "production" (the production start,
  /// which refuses unsafe defaults). Independent of NODE_ENV: the demo serves a production build too.
  PORTAL_MODE: z.enum(["demo", "production"]).default("demo"),
  DATABASE_URL: z.string().min(1, { error: "DATABASE_URL is not set (npm start sets it for the embedded database)" }),
  AUTH_SECRET: z.string().min(32),
  PII_ENCRYPTION_KEY: base64Key,
  PII_HMAC_KEY: base64Key,
  /// With no gateway the portal runs in demo messaging mode: SMS stay in the outbox and the log (see README).
  SMS_GATEWAY_URL: z.url().optional(),
  /// Set when the portal is served over HTTPS (Secure cookies, HSTS).
  PUBLIC_URL: z.url().optional(),
  /// Reverse proxies whose X-Forwarded-For is believed: comma-separated IPs or CIDRs, none by default.
  TRUSTED_PROXIES: z.string().default(""),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    // Production mode fails closed: whatever started the process (npm run start:prod, or `next start` by hand),
    // nothing is served without the production requirements (lib/production-checks.ts).
    if (parsed.data.PORTAL_MODE === "production") {
      const problems = productionProblems(process.env);
      if (problems.length) throw new Error(refusalLine(problems));
    }
    cached = parsed.data;
  }
  return cached;
}

export const isDemoMessaging = () => !env().SMS_GATEWAY_URL;
/** Demo mode: the one-command demo. Anything that shows a secret (a code, a demo password) checks this first. */
export const isDemoMode = () => env().PORTAL_MODE !== "production";
export const isSecureDeployment = () => env().PUBLIC_URL?.startsWith("https://") ?? false;
