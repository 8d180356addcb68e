// `npm run region:create-root -- <code> <name> [--level PROVINCE|CITY] [--adopt]`: the top region of a real
// installation (staff edit only below their own region). `--adopt` puts the existing top regions (a city
// install joining its province) under the new one. See docs/decisions/0047.
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const levelIndex = args.indexOf("--level");
  const [code, name] = args.filter((a, i) => !a.startsWith("--") && (levelIndex < 0 || i !== levelIndex + 1));
  const level = levelIndex >= 0 ? args[levelIndex + 1] : "PROVINCE";
  if (!code || !name || (level !== "PROVINCE" && level !== "CITY")) {
    console.error(
      "usage: npm run region:create-root -- <区划代码 6–12 digits> <名称> [--level PROVINCE|CITY] [--adopt]",
    );
    return 2;
  }
  loadLocalSecrets();
  const database = await prepareDatabase({ demoData: false });
  try {
    const { createRootRegion } = await import("../lib/regions/create-root-region.ts");
    const { db } = await import("../lib/db.ts");
    const r = await createRootRegion({ code, name, level, adopt: args.includes("--adopt") });
    console.log(
      `Created ${level} "${name}" (id ${r.id})${r.adopted ? `; ${r.adopted} top region(s) now below it` : ""}.`,
    );
    await db.$disconnect();
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
