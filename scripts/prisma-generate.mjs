// `prisma generate` works offline, but the CLI first tries to download a native schema engine it does not
// need for generating. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file stops the download
// (environment.md). Migrations use the WebAssembly engine instead (scripts/lib/schema-engine.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
