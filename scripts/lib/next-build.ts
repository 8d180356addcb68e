// `npm start` builds only when the sources changed since the last build, so a restart is quick.
// One build for many instances (R7): the stamp hashes the sources' content (not file times), so the same commit
// gives the same stamp on every machine; it becomes the build id, and the server actions' key
// (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, which also salts every action id) comes from configuration. Two builds of
// the same sources with the same key then have the same action ids, and a form served by one instance can be
// posted to another.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths.ts";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = [
  "next.config.ts",
  "proxy.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const STAMP = path.join(projectRoot, ".next", "source-stamp");

function walk(dir: string, out: string[]) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
}

/** A digest of the sources' paths and content, and of the actions key (a new key needs a new build). */
export function sourceStamp(env: NodeJS.ProcessEnv = process.env): string {
  const files: string[] = [];
  for (const d of SOURCE_DIRS) walk(path.join(projectRoot, d), files);
  for (const f of SOURCE_FILES) files.push(path.join(projectRoot, f));
  const hash = createHash("sha256");
  for (const f of files.sort()) {
    if (!existsSync(f)) continue;
    hash.update(`${path.relative(projectRoot, f)}\0`);
    hash.update(readFileSync(f));
    hash.update("\0");
  }
  hash.update(
    `key:${createHash("sha256")
      .update(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "")
      .digest("hex")}`,
  );
  return hash.digest("hex");
}

export function buildIfNeeded(env: NodeJS.ProcessEnv): void {
  const stamp = sourceStamp(env);
  const built =
    existsSync(path.join(projectRoot, ".next", "BUILD_ID")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === stamp;
  if (built) return console.log("build: up to date");
  console.log("build: building the portal (next build), this takes a minute…");
  if (!env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    console.log("build: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: this build's forms work on this instance only");
  }
  const result = spawnSync(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production", PORTAL_BUILD_ID: stamp.slice(0, 24) },
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(STAMP, stamp);
}
