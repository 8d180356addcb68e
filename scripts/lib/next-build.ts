// `npm start` builds only when the sources changed since the last build, so a restart is quick.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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

function sourceStamp(): string {
  const files: string[] = [];
  for (const d of SOURCE_DIRS) walk(path.join(projectRoot, d), files);
  for (const f of SOURCE_FILES) files.push(path.join(projectRoot, f));
  const hash = createHash("sha256");
  for (const f of files.sort()) if (existsSync(f)) hash.update(`${f}:${statSync(f).size}:${statSync(f).mtimeMs}\n`);
  return hash.digest("hex");
}

export function buildIfNeeded(env: NodeJS.ProcessEnv): void {
  const stamp = sourceStamp();
  const built =
    existsSync(path.join(projectRoot, ".next", "BUILD_ID")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === stamp;
  if (built) return console.log("build: up to date");
  console.log("build: building the portal (next build), this takes a minute…");
  const result = spawnSync(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(STAMP, stamp);
}
