// The benchmark's data set, generated in SQL (generate_series, INSERT … SELECT) into its own database: 10 cities
// of 6 districts × 5 townships, 300 stations, 100 handling units, 12 categories, and N suggestions (default
// 1,000,000) spread evenly from 2024-01-01 to yesterday, with the assignments, contacts, replies and ratings a
// closed loop leaves behind. Deterministic: every choice is a hash of the row number, no random().
import pg from "pg";

const CITIES = 10;
const DISTRICTS = 6;
const TOWNSHIPS = 5;
const UNITS_PER_CITY = 10;

// h(i, salt): a well-spread integer 0..9999 from the row number, independent for each salt (PostgreSQL's own
// 64-bit hash with the salt as its seed). An earlier multiplicative hash with the salt added gave every salt the
// same sequence shifted, so category, township and source were tied to each other: far fewer combinations than
// real data, which flattered anything that groups by them.
const H = (expr: string, salt: number) => `((hashint8extended((${expr})::bigint, ${salt}) & 2147483647) % 10000)`;

export async function generate(
  url: string,
  suggestions: number,
  passwordHash: string,
  log: (s: string) => void,
): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const step = async (name: string, sql: string) => {
    const t0 = Date.now();
    const r = await c.query(sql);
    log(`${name}: ${r.rowCount ?? ""} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  try {
    await c.query("SET synchronous_commit = off");
    await step(
      "regions",
      `
      INSERT INTO "Region" (id, code, name, level, "parentId", path)
      SELECT c, lpad(c::text, 12, '0'), '城市' || c, 'CITY', NULL, '/' || c || '/' FROM generate_series(1, ${CITIES}) c;
      INSERT INTO "Region" (id, code, name, level, "parentId", path)
      SELECT 100 + (c - 1) * ${DISTRICTS} + d, lpad((100 + (c - 1) * ${DISTRICTS} + d)::text, 12, '0'), '城市' || c || '区' || d, 'DISTRICT', c,
             '/' || c || '/' || (100 + (c - 1) * ${DISTRICTS} + d) || '/'
      FROM generate_series(1, ${CITIES}) c, generate_series(1, ${DISTRICTS}) d;
      INSERT INTO "Region" (id, code, name, level, "parentId", path)
      SELECT 1000 + t.n, lpad((1000 + t.n)::text, 12, '0'), r.name || '街道' || t.k, 'TOWNSHIP', r.id, r.path || (1000 + t.n) || '/'
      FROM "Region" r
      CROSS JOIN LATERAL (SELECT k, (r.id - 101) * ${TOWNSHIPS} + k AS n FROM generate_series(1, ${TOWNSHIPS}) k) t
      WHERE r.level = 'DISTRICT';
      SELECT setval(pg_get_serial_sequence('"Region"', 'id'), 10000);`,
    );
    await step(
      "categories",
      `
      INSERT INTO "Category" (id, code, name, "sortOrder")
      SELECT k, 'bench' || k, (ARRAY['交通','教育','医疗','就业','养老','环境','住房','社会治理','城市管理','农业农村','文化','其他'])[k], k FROM generate_series(1, 12) k;
      SELECT setval(pg_get_serial_sequence('"Category"', 'id'), 100);`,
    );
    await step(
      "units",
      `
      INSERT INTO "HandlingUnit" (id, name, "regionId")
      SELECT (c - 1) * ${UNITS_PER_CITY} + u, '城市' || c || '承办单位' || u, c FROM generate_series(1, ${CITIES}) c, generate_series(1, ${UNITS_PER_CITY}) u;
      SELECT setval(pg_get_serial_sequence('"HandlingUnit"', 'id'), 10000);`,
    );
    // One station per township, with the township's id (1001..1300) as its own.
    await step(
      "stations",
      `
      INSERT INTO "Station" (id, name, "regionId", address, lat, lng, "openingHours", "qrToken", "updatedAt")
      SELECT r.id, r.name || '联络站', r.id, '路1号', 30, 120, '工作日', 'bench' || r.id, now() FROM "Region" r WHERE r.level = 'TOWNSHIP';
      SELECT setval(pg_get_serial_sequence('"Station"', 'id'), 10000);`,
    );
    await step(
      "deputies",
      `
      INSERT INTO "Deputy" (id, name, "qrToken") SELECT k, '代表' || k, 'benchdep' || k FROM generate_series(1, ${CITIES * 30}) k;
      SELECT setval(pg_get_serial_sequence('"Deputy"', 'id'), 10000);`,
    );
    await step(
      "accounts",
      `
      INSERT INTO "User" (role, name, username, "passwordHash", "phoneHmac", "regionId", "updatedAt")
      VALUES ('LEADER', '基准领导', 'bench-leader', '${passwordHash}', NULL, 1, now()),
             ('RESIDENT', '基准居民', NULL, NULL, 'bench-resident-not-a-real-hmac', NULL, now());`,
    );
    const evaluator = (await c.query<{ id: number }>(`SELECT id FROM "User" WHERE role = 'RESIDENT' LIMIT 1`)).rows[0]
      .id;

    // Suggestions. i → when (evenly over the span), where (city i % 10, a township and maybe its station), what
    // (category, source) and how far it got (older items are mostly closed; the newest still moving).
    const span = `(extract(epoch FROM (date_trunc('day', now()) - interval '1 day' - timestamptz '2024-01-01 00:00+08')))`;
    await step(
      "suggestions",
      `
      INSERT INTO "Suggestion" (id, "trackingCode", kind, source, status, round, title, content, "categoryId", "regionId", "stationId",
        "proposerDeputyId", "declineReason", "replyClass", "closeReason", "dueAt", "submittedAt", "acceptedAt", "assignedAt", "repliedAt",
        "fedBackAt", "closedAt", "updatedAt")
      SELECT i, 'B' || lpad(i::text, 10, '0'), CASE WHEN src = 'DEPUTY' THEN 'DEPUTY_SUGGESTION' ELSE 'OPINION' END::"SuggestionKind",
        src::"SuggestionSource", st::"SuggestionStatus", 1, '基准事项' || i, '基准数据：道路、学校、医院等方面的意见建议。', 1 + ${H("i", 1)} % 12,
        town, CASE WHEN ${H("i", 2)} < 6000 THEN town END, CASE WHEN src = 'DEPUTY' THEN 1 + (city - 1) * 30 + ${H("i", 3)} % 30 END,
        CASE WHEN st = 'DECLINED' THEN '不属于受理范围' END,
        CASE WHEN st IN ('FED_BACK', 'CLOSED') THEN (ARRAY['A','A','A','B','B','C','D'])[1 + ${H("i", 4)} % 7]::"ReplyClass" END,
        CASE WHEN st = 'CLOSED' THEN 'SATISFIED'::"CloseReason" END,
        CASE st WHEN 'SUBMITTED' THEN sub + interval '3 days' WHEN 'ACCEPTED' THEN sub + interval '5 days'
                WHEN 'ASSIGNED' THEN sub + interval '4 days' WHEN 'HANDLING' THEN sub + interval '17 days'
                WHEN 'REPLIED' THEN sub + interval '22 days' WHEN 'FED_BACK' THEN sub + interval '40 days' END,
        sub,
        CASE WHEN st NOT IN ('SUBMITTED') THEN sub + interval '1 day' END,
        CASE WHEN st IN ('ASSIGNED','HANDLING','REPLIED','FED_BACK','CLOSED') THEN sub + interval '2 days' END,
        CASE WHEN st IN ('REPLIED','FED_BACK','CLOSED') THEN sub + interval '2 days' + reply_days * interval '1 day' END,
        CASE WHEN st IN ('FED_BACK','CLOSED') THEN sub + interval '4 days' + reply_days * interval '1 day' END,
        CASE WHEN st = 'CLOSED' THEN sub + interval '10 days' + reply_days * interval '1 day' END,
        now()
      FROM (
        SELECT i, city, town, sub, reply_days,
          (ARRAY['ONLINE','ONLINE','ONLINE','ONLINE','ONLINE','ONLINE','QR','QR','QR','QR','RECEPTION','RECEPTION','DEPUTY','DEPUTY','DEPUTY','WALK_IN','WALK_IN','LETTER','HOTLINE','HOTLINE'])[1 + ${H("i", 5)} % 20] AS src,
          CASE
            WHEN age_days > 60 THEN (CASE WHEN r < 8700 THEN 'CLOSED' WHEN r < 9200 THEN 'DECLINED' WHEN r < 9500 THEN 'FED_BACK' WHEN r < 9800 THEN 'HANDLING' ELSE 'REPLIED' END)
            ELSE (ARRAY['SUBMITTED','ACCEPTED','ASSIGNED','HANDLING','HANDLING','HANDLING','REPLIED','FED_BACK','CLOSED','CLOSED'])[1 + r % 10]
          END AS st
        FROM (
          SELECT i, 1 + i % ${CITIES} AS city,
            1000 + (i % ${CITIES}) * ${DISTRICTS * TOWNSHIPS} + 1 + ${H("i", 6)} % ${DISTRICTS * TOWNSHIPS} AS town,
            timestamptz '2024-01-01 00:00+08' + (i::float8 / ${suggestions} * ${span}) * interval '1 second' AS sub,
            extract(epoch FROM now() - (timestamptz '2024-01-01 00:00+08' + (i::float8 / ${suggestions} * ${span}) * interval '1 second')) / 86400 AS age_days,
            ${H("i", 7)} AS r,
            3 + ${H("i", 8)} % 20 AS reply_days
          FROM generate_series(1, ${suggestions}) i
        ) base
      ) s;
      SELECT setval(pg_get_serial_sequence('"Suggestion"', 'id'), ${suggestions + 1});`,
    );
    // Lead assignments: due 15 days after assignment (about ten working days), so replies after 15 days are late.
    await step(
      "assignments",
      `
      INSERT INTO "Assignment" ("suggestionId", "unitId", role, status, round, "dueAt", "assignedAt", "acceptedAt")
      SELECT s.id, (((s."regionId" - 1001) / ${DISTRICTS * TOWNSHIPS}) * ${UNITS_PER_CITY}) + 1 + (s."categoryId" % ${UNITS_PER_CITY}), 'LEAD',
        CASE WHEN s."repliedAt" IS NOT NULL THEN 'REPLIED' WHEN s.status = 'ASSIGNED' THEN 'PENDING' ELSE 'ACCEPTED' END::"AssignmentStatus",
        1, s."assignedAt" + interval '15 days', s."assignedAt", CASE WHEN s.status <> 'ASSIGNED' THEN s."assignedAt" END
      FROM "Suggestion" s WHERE s."assignedAt" IS NOT NULL;`,
    );
    await step(
      "contacts",
      `
      INSERT INTO "HandlingRecord" ("suggestionId", "unitId", "authorId", kind, "contactMethod", "occurredAt", content)
      SELECT a."suggestionId", a."unitId", 1, 'CONTACT', CASE WHEN ${H('a."suggestionId"', 9)} < 7000 THEN 'FACE_TO_FACE' ELSE 'PHONE' END::"ContactMethod",
        s."repliedAt" - interval '1 day', '与提出人沟通'
      FROM "Assignment" a JOIN "Suggestion" s ON s.id = a."suggestionId" WHERE s."repliedAt" IS NOT NULL;`,
    );
    await step(
      "replies",
      `
      INSERT INTO "Reply" ("suggestionId", "unitId", round, classification, content, status, "createdById", "createdAt", "sentAt")
      SELECT s.id, a."unitId", 1, COALESCE(s."replyClass", 'A'), '答复内容', CASE WHEN s."fedBackAt" IS NULL THEN 'SUBMITTED' ELSE 'SENT' END::"ReplyStatus",
        1, s."repliedAt", s."fedBackAt"
      FROM "Suggestion" s JOIN "Assignment" a ON a."suggestionId" = s.id WHERE s."repliedAt" IS NOT NULL;`,
    );
    await step(
      "evaluations",
      `
      INSERT INTO "Evaluation" ("suggestionId", round, "evaluatorId", result, "createdAt")
      SELECT s.id, 1, ${evaluator}, CASE WHEN ${H("s.id", 10)} < 7000 THEN 'SATISFIED' WHEN ${H("s.id", 10)} < 9200 THEN 'BASICALLY_SATISFIED' ELSE 'UNSATISFIED' END::"EvaluationResult",
        s."closedAt"
      FROM "Suggestion" s WHERE s.status = 'CLOSED' AND ${H("s.id", 11)} < 8500;`,
    );
    await step("fact table (REFRESH MATERIALIZED VIEW)", `REFRESH MATERIALIZED VIEW "InsightFact"`);
    // (the monthly sums and the refresh stamp follow in run.ts, written by lib/insight/refresh.ts)
    await step("analyze", `ANALYZE`);
  } finally {
    await c.end();
  }
}
