// The database steps shared by `npm start`, `npm run dev` and the browser tests: start the embedded server
// when there is no DATABASE_URL, apply migrations, and load demo data into an empty database.
import { ensureDatabase } from "./embedded-db.ts";
import { localDatabaseOptions, migrationsDir } from "./paths.ts";
import { applyMigrations } from "./schema-engine.ts";

export async function prepareDatabase(opts: {
  demoData: boolean;
}): Promise<{ url: string; stop: () => Promise<void> }> {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  const production = process.env.PORTAL_MODE === "production";
  if (production && opts.demoData) throw new Error("production mode never loads demo data");
  if (!url) {
    if (production) throw new Error("production mode needs DATABASE_URL: it never starts the embedded database");
    const local = await ensureDatabase(localDatabaseOptions());
    url = local.url;
    stop = local.stop;
    process.env.DATABASE_URL = url;
  } else {
    console.log(`db: using DATABASE_URL (${new URL(url).host})`);
  }
  const applied = await applyMigrations(url, migrationsDir);
  console.log(
    applied.length ? `db: applied ${applied.length} migration(s): ${applied.join(", ")}` : "db: schema up to date",
  );
  const { installJobSchema } = await import("../../lib/jobs/boss.ts");
  await installJobSchema(url);

  if (opts.demoData) {
    // Imported late: lib/db.ts reads DATABASE_URL when it loads.
    const { db } = await import("../../lib/db.ts");
    if ((await db.user.count()) === 0) {
      const { seedDemo } = await import("../../lib/demo/seed-demo.ts");
      console.log("db: empty database, loading demo data…");
      const summary = await seedDemo(db, { log: (m: string) => console.log(`seed: ${m}`) });
      console.log("db: demo data loaded", summary);
    }
  }
  return { url, stop };
}
