// npx tsx scripts/bench/import-deputies.ts [--deputies 16000] [--mandates 30000]
// P5: a city's register (16,000 deputies, 30,000 mandates) imported from Excel, checked and written, in a
// throwaway PostgreSQL cluster (as run.ts starts one). Prints the seconds of each phase; the target is under 60 s for
// check + write on this 2-core machine. Not part of `npm test`.
import ExcelJS from "exceljs";
import { createDatabaseIfMissing, startTemporaryCluster } from "../lib/embedded-db.ts";
import { migrationsDir } from "../lib/paths.ts";
import { applyMigrations } from "../lib/schema-engine.ts";
import { testSecrets } from "../lib/test-secrets.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const DEPUTIES = arg("deputies", 16_000);
const MANDATES = arg("mandates", 30_000);
const STATIONS = 327;
const DISTRICTS = 13;

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2);

async function workbook(districts: string[], stations: string[]): Promise<Uint8Array> {
  const { DEPUTY_SHEET, MANDATE_SHEET } = await import("../../lib/deputies/import/sheets.ts");
  const wb = new ExcelJS.Workbook();
  const d = wb.addWorksheet(DEPUTY_SHEET.name);
  d.addRow(DEPUTY_SHEET.columns.map((c) => c.header));
  const m = wb.addWorksheet(MANDATE_SHEET.name);
  m.addRow(MANDATE_SHEET.columns.map((c) => c.header));
  const levels = ["县", "市", "乡镇", "省", "全国"];
  let mandates = 0;
  for (let i = 0; i < DEPUTIES; i++) {
    const code = `JA${String(i).padStart(6, "0")}`;
    d.addRow([
      code,
      `代表${i}`,
      i % 2 ? "女" : "男",
      "社区工作者",
      "",
      `139${String(i).padStart(8, "0")}`,
      stations[i % stations.length],
      "",
    ]);
    // Spread MANDATES over the deputies: everyone has one, some two or more.
    const own = Math.floor(((i + 1) * MANDATES) / DEPUTIES) - Math.floor((i * MANDATES) / DEPUTIES);
    for (let k = 0; k < own; k++, mandates++)
      m.addRow([
        code,
        levels[k % levels.length],
        "16",
        districts[i % districts.length],
        `第${(i % 50) + 1}选区`,
        "2022-01-01",
        "",
      ]);
  }
  console.log(`workbook: ${DEPUTIES} deputies, ${mandates} mandates`);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function main() {
  let t = performance.now();
  const cluster = await startTemporaryCluster();
  const url = cluster.baseUrl("bench_import");
  try {
    await createDatabaseIfMissing(url);
    await applyMigrations(url, migrationsDir);
    // Upload and confirm wake the job queue; its tables must exist even though this script runs the steps itself.
    const { installJobSchema } = await import("../../lib/jobs/boss.ts");
    await installJobSchema(url);
    Object.assign(process.env, testSecrets(), { DATABASE_URL: url });
    console.log(`database: ${seconds(t)} s`);

    const { db } = await import("../../lib/db.ts");
    const { uploadImport } = await import("../../lib/import/upload-import.ts");
    const { confirmImport } = await import("../../lib/import/confirm-import.ts");
    const { checkBatch, applyBatch } = await import("../../lib/import/process-import.ts");
    const { claimBatch } = await import("../../lib/import/batches.ts");
    const { stopEnqueuer } = await import("../../lib/jobs/enqueue.ts");

    const city = await db.region.create({ data: { code: "360800", name: "吉安市", level: "CITY", path: "/" } });
    await db.region.update({ where: { id: city.id }, data: { path: `/${city.id}/` } });
    const districts: string[] = [];
    for (let i = 0; i < DISTRICTS; i++) {
      const r = await db.region.create({
        data: {
          code: `3608${String(i + 1).padStart(2, "0")}`,
          name: `区县${i}`,
          level: "DISTRICT",
          parentId: city.id,
          path: "/",
        },
      });
      await db.region.update({ where: { id: r.id }, data: { path: `/${city.id}/${r.id}/` } });
      districts.push(r.name);
    }
    const stations = Array.from({ length: STATIONS }, (_, i) => `联络站${i}`);
    await db.station.createMany({
      data: stations.map((name, i) => ({
        name,
        regionId: city.id,
        address: "某路1号",
        lat: 27.1,
        lng: 114.9,
        openingHours: "周一至周五",
        qrToken: `bench${i}`,
      })),
    });
    const staff = await db.user.create({
      data: { role: "COMMITTEE_STAFF", name: "基准", username: "bench-staff", regionId: city.id },
    });
    const actor = {
      id: staff.id,
      role: staff.role,
      regionPath: `/${city.id}/`,
      unitId: null,
      deputyId: null,
      stationIds: [],
    };

    t = performance.now();
    const bytes = await workbook(districts, stations);
    console.log(`generate workbook: ${seconds(t)} s (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB)`);

    const run = async (label: string) => {
      const t0 = performance.now();
      const { id } = await uploadImport(actor, "deputies", { fileName: "代表名册.xlsx", bytes });
      await claimBatch("QUEUED", "CHECKING");
      await checkBatch(id);
      const check = seconds(t0);
      const b = await db.importBatch.findUniqueOrThrow({ where: { id } });
      const t1 = performance.now();
      await confirmImport(actor, { importId: id });
      await claimBatch("CONFIRMED", "APPLYING");
      await applyBatch(id);
      const write = seconds(t1);
      const done = await db.importBatch.findUniqueOrThrow({ where: { id } });
      console.log(
        `${label}: upload+check ${check} s, write ${write} s, total ${seconds(t0)} s — ` +
          `preview ${JSON.stringify((b.preview as { totals: object }).totals)}, status ${done.status}, ` +
          `result ${JSON.stringify(done.result)}`,
      );
    };
    await run("first import");
    await run("same file again");
    console.log(`deputies ${await db.deputy.count()}, mandates ${await db.deputyMandate.count()}`);
    await stopEnqueuer();
    await db.$disconnect();
  } finally {
    await cluster.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
