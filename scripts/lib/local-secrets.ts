// A local install needs secrets nobody should have to invent: the session signing secret and the keys that
// encrypt phone numbers (S8). They are generated once into .data/secrets.json (git-ignored, mode 600) and
// kept with the embedded database they protect. Variables already set in the environment win.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { localDataDir, projectRoot } from "./paths.ts";

const FILE = path.join(projectRoot, ".data", "secrets.json");
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY encrypts server actions' closures and salts their ids: set at build time,
// the same for every instance of a release (scripts/lib/next-build.ts).
const NAMES = ["AUTH_SECRET", "PII_ENCRYPTION_KEY", "PII_HMAC_KEY", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"] as const;

export function loadLocalSecrets(): void {
  if (NAMES.every((n) => process.env[n])) return;
  let stored: Partial<Record<(typeof NAMES)[number], string>> = {};
  if (existsSync(FILE)) stored = JSON.parse(readFileSync(FILE, "utf8"));
  let changed = false;
  for (const name of NAMES) {
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("base64");
      changed = true;
    }
    process.env[name] ??= stored[name];
  }
  if (changed) {
    mkdirSync(path.dirname(FILE), { recursive: true });
    writeFileSync(FILE, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
}

type DbCredentials = { superuser: string; owner: string; app: string };

/**
 * Passwords of the embedded database's three roles (bootstrap superuser, schema owner, application), generated
 * on first use into .data/db-credentials.json (git-ignored, mode 600), beside the cluster they open.
 */
export function localDatabaseCredentials(): DbCredentials {
  const dbFile = path.join(path.dirname(localDataDir()), "db-credentials.json");
  let stored: Partial<DbCredentials> = {};
  if (existsSync(dbFile)) stored = JSON.parse(readFileSync(dbFile, "utf8"));
  const full: DbCredentials = {
    superuser: stored.superuser ?? randomBytes(18).toString("base64url"),
    owner: stored.owner ?? randomBytes(18).toString("base64url"),
    app: stored.app ?? randomBytes(18).toString("base64url"),
  };
  if (full.superuser !== stored.superuser || full.owner !== stored.owner || full.app !== stored.app) {
    mkdirSync(path.dirname(dbFile), { recursive: true });
    writeFileSync(dbFile, JSON.stringify(full, null, 2), { mode: 0o600 });
  }
  return full;
}
