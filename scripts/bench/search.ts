// npm run bench:search [-- --suggestions N] [--rounds R]
// The queue's search box at scale (issue 16, docs/performance.md "Search"): a throwaway cluster migrated as the
// owner, N suggestions (default 1,000,000) with varied Chinese titles and texts from a fixed vocabulary
// (deterministic hashes, no random()), one resident with 40 items and a known phone; then the staff queue is read
// through lib/suggestions/staff-queue.ts, as the page does, for each kind of search, R times each (after one warm
// read), printing p50 / max in milliseconds beside the plain queue (no search) measured the same way.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { LOCAL_ROLES, startTemporaryCluster } from "../lib/embedded-db.ts";
import { applyGrants, bootstrapRoles } from "../lib/db-roles.ts";
import { migrationsDir } from "../lib/paths.ts";
import { applyMigrations } from "../lib/schema-engine.ts";
import { testSecrets } from "../lib/test-secrets.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const H = (expr: string, salt: number) => `((hashint8extended((${expr})::bigint, ${salt}) & 2147483647) % 10000)`;
// Place, thing and problem: 12 × 16 × 12 titles; the text adds a second thing and a common phrase. "电梯" (lift) is
// common; "化粪池" (septic tank) rare, in about 1 item of 500.
const PLACES = [
  "小区",
  "学校门口",
  "菜市场",
  "公交站",
  "老街",
  "新村",
  "幼儿园",
  "医院附近",
  "公园",
  "河道",
  "农贸市场",
  "村口",
];
const THINGS = [
  "路灯",
  "电梯",
  "垃圾桶",
  "井盖",
  "停车位",
  "人行道",
  "健身器材",
  "排水沟",
  "红绿灯",
  "围墙",
  "绿化带",
  "充电桩",
  "自来水管",
  "消防通道",
  "监控探头",
  "公共厕所",
];
const PROBLEMS = [
  "损坏",
  "不亮",
  "噪音扰民",
  "长期堵塞",
  "无人管理",
  "存在安全隐患",
  "需要维修",
  "占用严重",
  "漏水",
  "设置不合理",
  "缺少标识",
  "影响出行",
];
const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(",")}]`;
const PHONE = "13900001234";

async function main() {
  const n = arg("suggestions", 1_000_000);
  const rounds = arg("rounds", 7);
  const log = (s: string) => console.log(`bench:search: ${s}`);
  const t = await startTemporaryCluster();
  try {
    const pw = { owner: randomBytes(18).toString("base64url"), app: randomBytes(18).toString("base64url") };
    await bootstrapRoles(t.baseUrl("postgres"), {
      database: "bench",
      owner: { name: LOCAL_ROLES.owner, password: pw.owner },
      app: { name: LOCAL_ROLES.app, password: pw.app },
    });
    const ownerUrl = t.roleUrl("bench", LOCAL_ROLES.owner, pw.owner);
    const appUrl = t.roleUrl("bench", LOCAL_ROLES.app, pw.app);
    await applyMigrations(ownerUrl, migrationsDir);
    // The app reads its secrets and database from the environment on first use.
    Object.assign(process.env, testSecrets(), { DATABASE_URL: appUrl });
    const { piiHmac } = await import("../../lib/crypto/pii.ts");

    const c = new pg.Client({ connectionString: ownerUrl });
    await c.connect();
    const t0 = Date.now();
    await c.query("SET synchronous_commit = off");
    await c.query(`
      INSERT INTO "Region" (id, code, name, level, "parentId", path) VALUES (1, '000000000001', '基准市', 'CITY', NULL, '/1/');
      INSERT INTO "Category" (id, code, name) VALUES (1, 'bench', '城市管理');
      INSERT INTO "User" (id, role, name, "phoneHmac", "updatedAt") VALUES (1, 'RESIDENT', '基准居民', '${piiHmac(PHONE)}', now());`);
    // Bulk load without the trigram indexes and build them afterwards, as a restore would: much faster than
    // keeping them up to date row by row. The build time is printed.
    await c.query(`DROP INDEX "Suggestion_title_trgm_idx"; DROP INDEX "Suggestion_content_trgm_idx"`);
    await c.query(`
      INSERT INTO "Suggestion" (id, "trackingCode", kind, source, status, title, content, "categoryId", "regionId",
        "proposerId", "submittedAt", "updatedAt")
      SELECT i, 'B' || lpad(i::text, 10, '0'), 'OPINION', 'ONLINE',
        (ARRAY['SUBMITTED','ACCEPTED','ASSIGNED','HANDLING','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + ${H("i", 5)} % 8]::"SuggestionStatus",
        p || t1 || pr,
        '我家住在' || p || '附近，' || t1 || pr || '已经很久了，' || t2 || '也有问题，希望有关部门尽快处理。'
          || CASE WHEN ${H("i", 6)} < 20 THEN '旁边的化粪池满溢，气味很大。' ELSE '' END,
        1, 1, CASE WHEN i % ${Math.max(1, Math.floor(n / 40))} = 0 THEN 1 END,
        timestamptz '2024-01-01 00:00+08' + (i::float / ${n}) * (now() - timestamptz '2024-01-01 00:00+08'), now()
      FROM (SELECT i,
              (${arr(PLACES)})[1 + ${H("i", 1)} % ${PLACES.length}] AS p,
              (${arr(THINGS)})[1 + ${H("i", 2)} % ${THINGS.length}] AS t1,
              (${arr(THINGS)})[1 + ${H("i", 3)} % ${THINGS.length}] AS t2,
              (${arr(PROBLEMS)})[1 + ${H("i", 4)} % ${PROBLEMS.length}] AS pr
            FROM generate_series(1, ${n}) i) g`);
    log(`${n} suggestions in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const t1 = Date.now();
    await c.query(`SET maintenance_work_mem = '256MB'`);
    await c.query(`CREATE INDEX "Suggestion_title_trgm_idx" ON "Suggestion" USING gin (title gin_trgm_ops)`);
    await c.query(`CREATE INDEX "Suggestion_content_trgm_idx" ON "Suggestion" USING gin (content gin_trgm_ops)`);
    log(`trigram indexes built in ${((Date.now() - t1) / 1000).toFixed(0)} s`);
    await c.query(`SELECT setval(pg_get_serial_sequence('"Suggestion"', 'id'), ${n})`);
    await c.query(`VACUUM ANALYZE "Suggestion"`);
    const sizes = await c.query(`SELECT relname, pg_size_pretty(pg_relation_size(oid)) AS size FROM pg_class
      WHERE relname IN ('Suggestion', 'Suggestion_title_trgm_idx', 'Suggestion_content_trgm_idx')`);
    log(`sizes: ${sizes.rows.map((r) => `${r.relname} ${r.size}`).join(", ")}`);
    await c.end();
    await applyGrants({ app: appUrl, owner: ownerUrl });

    const { listStaffQueue } = await import("../../lib/suggestions/staff-queue.ts");
    const staff = {
      id: 1,
      role: "COMMITTEE_STAFF" as const,
      regionPath: "/1/",
      unitId: null,
      deputyId: null,
      stationIds: [],
    };
    const cases: [string, Parameters<typeof listStaffQueue>[1]][] = [
      ["no search (the queue as opened)", {}],
      ["every stage, no search", { stage: "open" }],
      ["tracking code (exact)", { q: `B${String(Math.floor(n / 2)).padStart(10, "0")}` }],
      ["phone (HMAC, 40 items)", { q: PHONE, stage: "open" }],
      ["common word 电梯 (1 in 8), every stage", { q: "电梯", stage: "open" }],
      ["common 3 characters 停车位, every stage", { q: "停车位", stage: "open" }],
      ["rare 3 characters 化粪池 (1 in 500), every stage", { q: "化粪池", stage: "open" }],
      ["two words 公园 路灯不亮", { q: "公园 路灯不亮", stage: "open" }],
      ["rare 2 characters 粪池 (no trigram)", { q: "粪池", stage: "open" }],
      ["absent 4 characters 火星基地", { q: "火星基地", stage: "open" }],
    ];
    console.log(`\n| search (${n.toLocaleString("en")} suggestions) | rows | p50 ms | max ms |\n|---|---:|---:|---:|`);
    for (const [name, filters] of cases) {
      const first = await listStaffQueue(staff, filters);
      const times: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const s = performance.now();
        await listStaffQueue(staff, filters);
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      const rows = first.exactId ? "opens item" : first.searchTooBroad ? "too broad" : String(first.rows.length);
      console.log(
        `| ${name} | ${rows} | ${times[Math.floor(times.length / 2)].toFixed(0)} | ${times.at(-1)!.toFixed(0)} |`,
      );
    }
    const { db } = await import("../../lib/db.ts");
    await db.$disconnect();
  } finally {
    await t.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
