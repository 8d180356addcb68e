// npm run restore -- FILE
// Restores a backup made by `npm run backup` into DATABASE_URL, or into the embedded database in .data/pg,
// which must be empty (a new server, or .data/pg moved away). Newer migrations are applied after the rows.
import { restoreDatabase } from "./lib/backup.ts";
import { applyGrants } from "./lib/db-roles.ts";
import { migrationsDir } from "./lib/paths.ts";
import { openDatabase } from "./lib/prepare-database.ts";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error("usage: npm run restore -- FILE   (into an empty database)");
    return 2;
  }
  const { url: appUrl, ownerUrl: url, stop } = await openDatabase();
  try {
    const t0 = Date.now();
    const result = await restoreDatabase(url, args[0], migrationsDir, (m) => console.log(m));
    await applyGrants({ app: appUrl, owner: url }); // the application role's privileges on the restored tables
    const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
    console.log(
      `restore: ${Object.keys(result.rows).length} tables, ${rows} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s` +
        (result.laterMigrations.length ? `; then applied ${result.laterMigrations.join(", ")}` : ""),
    );
    return 0;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
