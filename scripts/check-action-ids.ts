// npm run check:action-ids [-- --other-key]
// The proof behind "one build, many instances" (decision 0061): builds the portal a second time, beside the
// first (.next-check, NEXT_DIST_DIR), and compares the two builds' server-action ids and closure key
// (.next/server/server-reference-manifest.json). With the same sources and the same
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY every id must match, or a form served by one instance could not be posted
// to another. `--other-key` builds the second time with a different key, to show the key is what makes them
// agree (the ids must then all differ). Takes two builds' time on a first run; prints one line per finding.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { buildIfNeeded, sourceStamp } from "./lib/next-build.ts";
import { projectRoot } from "./lib/paths.ts";

type Manifest = { node: Record<string, unknown>; edge: Record<string, unknown>; encryptionKey: string };
const read = (dist: string): Manifest =>
  JSON.parse(readFileSync(path.join(projectRoot, dist, "server", "server-reference-manifest.json"), "utf8"));
const ids = (m: Manifest) => new Set([...Object.keys(m.node), ...Object.keys(m.edge)]);

function main(): number {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  loadLocalSecrets(); // a local install's key; a deployment's own when it is set
  const otherKey = process.argv.includes("--other-key");
  buildIfNeeded(process.env); // the first build: .next, as `npm start` and every instance use it
  const second = ".next-check";
  rmSync(path.join(projectRoot, second), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: second,
    PORTAL_BUILD_ID: sourceStamp(process.env).slice(0, 24),
    ...(otherKey ? { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") } : {}),
  };
  console.log(`check: building a second time into ${second}${otherKey ? " with another key" : ""}…`);
  // next build adds its folder's types to tsconfig.json; the file is part of the sources' stamp: put it back.
  const tsconfig = path.join(projectRoot, "tsconfig.json");
  const tsconfigText = readFileSync(tsconfig, "utf8");
  const built = spawnSync(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  writeFileSync(tsconfig, tsconfigText);
  if (built.status !== 0 || !existsSync(path.join(projectRoot, second, "server"))) {
    console.error("check: the second build failed");
    return 2;
  }
  const a = read(".next");
  const b = read(second);
  const [idsA, idsB] = [ids(a), ids(b)];
  const shared = [...idsA].filter((id) => idsB.has(id)).length;
  console.log(`check: first build ${idsA.size} action ids, second ${idsB.size}, shared ${shared}`);
  console.log(`check: closure keys ${a.encryptionKey === b.encryptionKey ? "equal" : "differ"}`);
  const agree = shared === idsA.size && idsA.size === idsB.size && a.encryptionKey === b.encryptionKey;
  rmSync(path.join(projectRoot, second), { recursive: true, force: true });
  if (otherKey) {
    console.log(shared === 0 ? "check: OK, another key gives other ids" : "check: FAILED, ids survive a new key");
    return shared === 0 ? 0 : 1;
  }
  console.log(agree ? "check: OK, the two builds agree" : "check: FAILED, the two builds disagree");
  return agree ? 0 : 1;
}

process.exit(main());
