// The province-scale data set for the busy-pages benchmark (busy.ts), generated in SQL (generate_series,
// INSERT … SELECT) into its own database: one province of 10 cities × 10 districts × 15 townships; 4,000 stations
// (a 代表之家 per district, a 联络站 per township, 2,400 联络点 under the stations); 120,000 deputies holding
// about 150,000 mandates at five levels, each sitting at a station; 210 handling units; 100,000 residents;
// 64,000 reception sessions with about 500,000 bookings; and N suggestions (default 1,000,000) spread evenly from
// 2024-01-01 to yesterday with the assignments, contacts, replies, ratings and events a closed loop leaves behind.
// Tracking and booking codes have the product's format (8 characters of tracking-code.ts's alphabet), so
// /track/<code> and /me/bookings/<code> answer. Sessions for the benchmark's accounts are written as rows; busy.ts
// signs their JWTs. Deterministic: every choice is a hash of the row number, no random().
import pg from "pg";

export const PROVINCE = {
  cities: 10,
  districtsPerCity: 10,
  townshipsPerDistrict: 15,
  points: 2_400,
  unitsPerCity: 20,
  deputies: 120_000,
  residents: 100_000,
  sessionsPerStation: 40,
  capacity: 12,
} as const;

const C = PROVINCE.cities;
const D = PROVINCE.districtsPerCity;
const T = PROVINCE.townshipsPerDistrict;
const TOWNSHIPS = C * D * T; // 1,500
const HOMES = C * D; // 100
// Station ids: homes 1..100, stations 101..1600 (101 + township index), points 1601..4000.
export const STATION_COUNT = HOMES + TOWNSHIPS + PROVINCE.points;

// Region ids: the province 1, cities 2..11, districts 101..200, townships 1001..2500.
const CITY = (c: string) => `(1 + ${c})`;
const DISTRICT = (c: string, d: string) => `(100 + (${c} - 1) * ${D} + ${d})`;

/** h(i, salt): a well-spread integer 0..9999 from the row number, independent for each salt. */
const H = (expr: string, salt: number) => `((hashint8extended((${expr})::bigint, ${salt}) & 2147483647) % 10000)`;

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/** An 8-character code of the product's alphabet from a row number: i times an odd constant modulo 2^40 is a
 *  bijection, so codes are distinct; 5 bits a character. `mult` differs per table. */
const CODE = (expr: string, mult: number) => {
  const x = `(((${expr})::bigint * ${mult}::bigint) & 1099511627775)`;
  return Array.from({ length: 8 }, (_, k) => `substr('${ALPHABET}', ((${x} >> ${5 * k}) & 31)::int + 1, 1)`).join(
    " || ",
  );
};

export const BENCH_USERS = {
  leader: "bench-leader", // a city's leader (region 2)
  provinceLeader: "bench-leader-province",
  staff: "bench-staff", // committee staff of the province
  unit: "bench-unit", // unit staff of unit 1
} as const;

export type ProvinceFacts = {
  /** user id of each benchmark account and of the resident with a history */
  users: Record<keyof typeof BENCH_USERS | "resident", number>;
};

export async function generateProvince(
  url: string,
  suggestions: number,
  passwordHash: string,
  log: (s: string) => void,
): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  c.on("error", () => {}); // a connection closed when the cluster stops after a failed step: the step's error is the one
  await c.connect();
  const step = async (name: string, sql: string) => {
    const t0 = Date.now();
    const r = await c.query(sql);
    const rows = Array.isArray(r) ? r.reduce((n, x) => n + (x.rowCount ?? 0), 0) : r.rowCount;
    log(`${name}: ${rows ?? ""} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  try {
    await c.query("SET synchronous_commit = off");
    await c.query("SET max_parallel_workers_per_gather = 0");
    await step(
      "regions",
      `
      INSERT INTO "Region" (id, code, name, level, "parentId", path) VALUES (1, '360000000000', '基准省', 'PROVINCE', NULL, '/1/');
      INSERT INTO "Region" (id, code, name, level, "parentId", path)
      SELECT ${CITY("c")}, lpad(${CITY("c")}::text, 12, '0'), '城市' || c, 'CITY', 1, '/1/' || ${CITY("c")} || '/' FROM generate_series(1, ${C}) c;
      INSERT INTO "Region" (id, code, name, level, "parentId", path)
      SELECT ${DISTRICT("c", "d")}, lpad(${DISTRICT("c", "d")}::text, 12, '0'), '城市' || c || '区' || d, 'DISTRICT', ${CITY("c")},
             '/1/' || ${CITY("c")} || '/' || ${DISTRICT("c", "d")} || '/'
      FROM generate_series(1, ${C}) c, generate_series(1, ${D}) d;
      INSERT INTO "Region" (id, code, name, level, "parentId", path)
      SELECT 1000 + (r.id - 101) * ${T} + k, lpad((1000 + (r.id - 101) * ${T} + k)::text, 12, '0'), r.name || '街道' || k, 'TOWNSHIP', r.id,
             r.path || (1000 + (r.id - 101) * ${T} + k) || '/'
      FROM "Region" r, generate_series(1, ${T}) k WHERE r.level = 'DISTRICT';
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
      INSERT INTO "HandlingUnit" (id, code, name, "regionId")
      SELECT (c - 1) * ${PROVINCE.unitsPerCity} + u, 'BU' || lpad(((c - 1) * ${PROVINCE.unitsPerCity} + u)::text, 5, '0'),
             '城市' || c || '承办单位' || u, ${CITY("c")}
      FROM generate_series(1, ${C}) c, generate_series(1, ${PROVINCE.unitsPerCity}) u;
      INSERT INTO "HandlingUnit" (id, code, name, "regionId")
      SELECT ${C * PROVINCE.unitsPerCity} + u, 'BU' || lpad((${C * PROVINCE.unitsPerCity} + u)::text, 5, '0'), '省承办单位' || u, 1
      FROM generate_series(1, 10) u;
      SELECT setval(pg_get_serial_sequence('"HandlingUnit"', 'id'), 10000);`,
    );
    // A plausible spread over a province of about 5° × 5° (GCJ-02), the stations of a township near each other.
    await step(
      "stations",
      `
      INSERT INTO "Station" (id, code, name, kind, "parentId", "regionId", address, lat, lng, "openingHours", "starLevel", "qrToken", "updatedAt")
      SELECT r.id - 100, 'BS' || lpad((r.id - 100)::text, 6, '0'), r.name || '人大代表之家', 'HOME', NULL, r.id, r.name || '政务中心',
             25 + ${H("r.id", 21)} / 2000.0, 113.5 + ${H("r.id", 22)} / 2000.0, '工作日 9:00-17:00', 3 + ${H("r.id", 23)} % 3, 'bh' || r.id, now()
      FROM "Region" r WHERE r.level = 'DISTRICT';
      INSERT INTO "Station" (id, code, name, kind, "parentId", "regionId", address, lat, lng, "openingHours", "starLevel", "qrToken", "updatedAt")
      SELECT r.id - 900, 'BS' || lpad((r.id - 900)::text, 6, '0'), r.name || '代表联络站', 'STATION', r."parentId" - 100, r.id, r.name || '社区服务中心',
             25 + ${H("r.id", 24)} / 2000.0, 113.5 + ${H("r.id", 25)} / 2000.0, '每周三 9:00-11:30', 1 + ${H("r.id", 26)} % 5, 'bs' || r.id, now()
      FROM "Region" r WHERE r.level = 'TOWNSHIP';
      INSERT INTO "Station" (id, code, name, kind, "parentId", "regionId", address, lat, lng, "openingHours", "starLevel", "qrToken", "updatedAt")
      SELECT ${HOMES + TOWNSHIPS} + n, 'BS' || lpad((${HOMES + TOWNSHIPS} + n)::text, 6, '0'), p.name || '联络点' || n, 'POINT', p.id, p."regionId",
             '村委会' || n || '号', p.lat + (${H("n", 27)} - 5000) / 200000.0, p.lng + (${H("n", 28)} - 5000) / 200000.0, '每月第一个周六', 1, 'bp' || n, now()
      FROM generate_series(1, ${PROVINCE.points}) n JOIN "Station" p ON p.id = ${HOMES} + 1 + (n - 1) % ${TOWNSHIPS};
      SELECT setval(pg_get_serial_sequence('"Station"', 'id'), 100000);`,
    );
    // Deputies: a level by a hash (60 % township, 25 % county, 11 % city, 3.5 % province, 0.5 % national), a
    // quarter of them (below national) also a mandate one level up: about 150,000 mandates. Each sits at the
    // station of their township (township deputies) or the home of their district.
    await step(
      "deputies",
      `
      INSERT INTO "Deputy" (id, code, name, gender, occupation, "qrToken")
      SELECT k, 'BD' || lpad(k::text, 7, '0'), '代表' || k, CASE WHEN k % 2 = 0 THEN '女' ELSE '男' END, '社区工作者', 'bd' || k
      FROM generate_series(1, ${PROVINCE.deputies}) k;
      SELECT setval(pg_get_serial_sequence('"Deputy"', 'id'), 1000000);
      CREATE TEMP TABLE dep AS
      SELECT k, 1 + ${H("k", 31)} % ${TOWNSHIPS} AS t,
        CASE WHEN ${H("k", 32)} < 6000 THEN 4 WHEN ${H("k", 32)} < 8500 THEN 3 WHEN ${H("k", 32)} < 9600 THEN 2 WHEN ${H("k", 32)} < 9950 THEN 1 ELSE 0 END AS lv
      FROM generate_series(1, ${PROVINCE.deputies}) k;
      INSERT INTO "DeputyMandate" ("deputyId", level, term, "regionId", constituency, "startsOn")
      SELECT k, (ARRAY['NATIONAL','PROVINCIAL','CITY','COUNTY','TOWNSHIP'])[1 + l]::"DeputyLevel", 16,
        CASE l WHEN 4 THEN 1000 + t WHEN 3 THEN 101 + (t - 1) / ${T} WHEN 2 THEN 2 + (t - 1) / ${D * T} ELSE 1 END,
        '第' || (1 + k % 40) || '选区', date '2022-01-01'
      FROM (SELECT k, t, lv AS l FROM dep UNION ALL SELECT k, t, lv - 1 FROM dep WHERE lv > 0 AND ${H("k", 33)} < 2500) m;
      INSERT INTO "StationDeputy" ("stationId", "deputyId", since)
      SELECT CASE WHEN lv = 4 THEN ${HOMES} + t ELSE 1 + (t - 1) / ${T} END, k, date '2022-01-01' FROM dep;`,
    );
    await step(
      "accounts",
      `
      INSERT INTO "User" (role, name, username, "passwordHash", "regionId", "unitId", "passwordChangedAt", "totpEnrolledAt", "updatedAt")
      VALUES ('LEADER', '基准领导', '${BENCH_USERS.leader}', '${passwordHash}', 2, NULL, now(), now(), now()),
             ('LEADER', '基准省领导', '${BENCH_USERS.provinceLeader}', '${passwordHash}', 1, NULL, now(), now(), now()),
             ('COMMITTEE_STAFF', '基准工作人员', '${BENCH_USERS.staff}', '${passwordHash}', 1, NULL, now(), now(), now()),
             ('UNIT_STAFF', '基准承办员', '${BENCH_USERS.unit}', '${passwordHash}', NULL, 1, now(), now(), now());
      INSERT INTO "User" (role, name, "phoneHmac", "updatedAt")
      SELECT 'RESIDENT', '居民' || k, 'bench-resident-' || k, now() FROM generate_series(1, ${PROVINCE.residents}) k;`,
    );
    const firstResident = Number(
      (await c.query(`SELECT min(id)::int AS id FROM "User" WHERE role = 'RESIDENT'`)).rows[0].id,
    );
    // Resident k is user firstResident + k - 1; resident 1 is the one with a history (bench busy.ts's /me).
    const resident = (k: string) => `(${firstResident} - 1 + ${k})`;

    // Sessions: 40 per home and station (1,600 places), one a week from 30 weeks ago to 10 weeks ahead; the past
    // ones held, the future ones published. 12 places each, 4–11 booked (one kept for the resident with a history): ~480,000 bookings.
    const places = HOMES + TOWNSHIPS;
    const S = PROVINCE.sessionsPerStation;
    await step(
      "reception sessions",
      `
      INSERT INTO "ReceptionSession" (id, "stationId", "startsAt", "endsAt", theme, capacity, "bookedCount", status, "publishedAt", "updatedAt")
      SELECT n, 1 + (n - 1) % ${places}, st, st + interval '150 minutes', '代表接待日', ${PROVINCE.capacity}, 0,
        CASE WHEN st < now() THEN 'HELD' ELSE 'PUBLISHED' END::"SessionStatus", st - interval '14 days', now()
      FROM (SELECT n, date_trunc('week', now()) + interval '2 days 1 hour' + ((n - 1) / ${places} - 30) * interval '7 days' AS st
            FROM generate_series(1, ${places * S}) n) x;
      SELECT setval(pg_get_serial_sequence('"ReceptionSession"', 'id'), ${places * S + 1});`,
    );
    // The deputies on duty, a thousand sessions a statement: the no-clash trigger (decision 0069) takes an advisory
    // lock per deputy until the transaction ends, and one statement for all 64,000 sessions ran out of lock slots.
    for (let from = 1; from <= places * S; from += 1000) {
      const t0 = Date.now();
      await c.query(`
      INSERT INTO "SessionDeputy" ("sessionId", "deputyId", attended)
      SELECT s.id, sd."deputyId", CASE WHEN s.status = 'HELD' THEN true END
      FROM "ReceptionSession" s
      CROSS JOIN LATERAL (SELECT "deputyId" FROM "StationDeputy" x WHERE x."stationId" = s."stationId"
                          ORDER BY "deputyId" OFFSET (s.id / ${places}) % 20 LIMIT 2) sd
      WHERE s.id BETWEEN ${from} AND ${from + 999}`);
      if (from === 1) log(`deputies on duty: the first 1,000 sessions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    await step(
      "bookings",
      `
      INSERT INTO "Booking" (code, "sessionId", "residentId", topic, status, "createdAt", "checkedInAt")
      SELECT ${CODE("s.id * 16 + j", 733_812_345_671)}, s.id, ${resident(`1 + (s.id * 13 + j * 7919) % ${PROVINCE.residents}`)}, '反映小区停车问题',
        CASE WHEN s.status = 'PUBLISHED' THEN 'BOOKED' WHEN ${H("s.id * 16 + j", 41)} < 8500 THEN 'CHECKED_IN' ELSE 'NO_SHOW' END::"BookingStatus",
        s."publishedAt" + interval '1 day', CASE WHEN s.status = 'HELD' AND ${H("s.id * 16 + j", 41)} < 8500 THEN s."startsAt" END
      FROM "ReceptionSession" s, generate_series(0, ${PROVINCE.capacity - 1}) j
      WHERE j < 4 + ${H("s.id", 42)} % 8;
      -- the resident with a history: a booking every fourth week at their township's station
      INSERT INTO "Booking" (code, "sessionId", "residentId", topic, status, "createdAt")
      SELECT 'Z' || substr(${CODE("s.id", 917_262_626_263)}, 2), s.id, ${resident("1")}, '老旧小区加装电梯', CASE WHEN s.status = 'PUBLISHED' THEN 'BOOKED' ELSE 'CHECKED_IN' END::"BookingStatus", s."publishedAt"
      FROM "ReceptionSession" s WHERE s."stationId" = ${HOMES + 1} AND (s.id / ${places}) % 4 = 0
      ON CONFLICT DO NOTHING;
      UPDATE "ReceptionSession" s SET "bookedCount" = b.n
      FROM (SELECT "sessionId", count(*)::int AS n FROM "Booking" WHERE status IN ('BOOKED','CHECKED_IN') GROUP BY 1) b
      WHERE b."sessionId" = s.id AND s.status = 'PUBLISHED';`,
    );

    const span = `(extract(epoch FROM (date_trunc('day', now()) - interval '1 day' - timestamptz '2024-01-01 00:00+08')))`;
    await step(
      "suggestions",
      `
      INSERT INTO "Suggestion" (id, "trackingCode", kind, source, status, round, title, content, "categoryId", "regionId", "stationId",
        "proposerId", "proposerDeputyId", "declineReason", "replyClass", "closeReason", "dueAt", "submittedAt", "acceptedAt", "assignedAt", "repliedAt",
        "fedBackAt", "closedAt", "updatedAt")
      SELECT i, ${CODE("i", 549_755_813_881)}, CASE WHEN src = 'DEPUTY' THEN 'DEPUTY_SUGGESTION' ELSE 'OPINION' END::"SuggestionKind",
        src::"SuggestionSource", st::"SuggestionStatus", 1, '基准事项' || i || '：小区门口道路破损，雨天积水严重', '基准数据：道路、学校、医院等方面的意见建议。', 1 + ${H("i", 1)} % 12,
        1000 + town, CASE WHEN ${H("i", 2)} < 6000 THEN ${HOMES} + town END,
        CASE WHEN i % 20000 = 0 THEN ${resident("1")} WHEN src IN ('ONLINE', 'QR', 'RECEPTION') THEN ${resident(`1 + ${H("i", 12)} * 10 % ${PROVINCE.residents}`)} END,
        CASE WHEN src = 'DEPUTY' THEN 1 + ${H("i", 3)} * 12 % ${PROVINCE.deputies} END,
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
        SELECT i, town, sub, reply_days,
          (ARRAY['ONLINE','ONLINE','ONLINE','ONLINE','ONLINE','ONLINE','QR','QR','QR','QR','RECEPTION','RECEPTION','DEPUTY','DEPUTY','DEPUTY','WALK_IN','WALK_IN','LETTER','HOTLINE','HOTLINE'])[1 + ${H("i", 5)} % 20] AS src,
          CASE
            WHEN age_days > 60 THEN (CASE WHEN r < 8700 THEN 'CLOSED' WHEN r < 9200 THEN 'DECLINED' WHEN r < 9500 THEN 'FED_BACK' WHEN r < 9800 THEN 'HANDLING' ELSE 'REPLIED' END)
            ELSE (ARRAY['SUBMITTED','ACCEPTED','ASSIGNED','HANDLING','HANDLING','HANDLING','REPLIED','FED_BACK','CLOSED','CLOSED'])[1 + r % 10]
          END AS st
        FROM (
          SELECT i, 1 + (i % ${C}) * ${D * T} + ${H("i", 6)} % ${D * T} AS town,
            timestamptz '2024-01-01 00:00+08' + (i::float8 / ${suggestions} * ${span}) * interval '1 second' AS sub,
            extract(epoch FROM now() - (timestamptz '2024-01-01 00:00+08' + (i::float8 / ${suggestions} * ${span}) * interval '1 second')) / 86400 AS age_days,
            ${H("i", 7)} AS r,
            3 + ${H("i", 8)} % 20 AS reply_days
          FROM generate_series(1, ${suggestions}) i
        ) base
      ) s;
      SELECT setval(pg_get_serial_sequence('"Suggestion"', 'id'), ${suggestions + 1});`,
    );
    // Lead unit: one of the city's twenty by category (so unit 1 leads a twentieth of city 1's items).
    const cityOf = `((s."regionId" - 1001) / ${D * T})`;
    await step(
      "assignments",
      `
      INSERT INTO "Assignment" ("suggestionId", "unitId", role, status, round, "dueAt", "assignedAt", "acceptedAt")
      SELECT s.id, ${cityOf} * ${PROVINCE.unitsPerCity} + 1 + (s."categoryId" - 1) % ${PROVINCE.unitsPerCity}, 'LEAD',
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
      SELECT s.id, 1, COALESCE(s."proposerId", ${resident("2")}), CASE WHEN ${H("s.id", 10)} < 7000 THEN 'SATISFIED' WHEN ${H("s.id", 10)} < 9200 THEN 'BASICALLY_SATISFIED' ELSE 'UNSATISFIED' END::"EvaluationResult",
        s."closedAt"
      FROM "Suggestion" s WHERE s.status = 'CLOSED' AND ${H("s.id", 11)} < 8500;`,
    );
    // The history of each step, as the use cases write it (one row per transition), for every item: a staff
    // page or a tracking page reads an item's events.
    await step(
      "events",
      `
      INSERT INTO "SuggestionEvent" ("suggestionId", "actorRole", action, "fromStatus", "toStatus", public, "createdAt")
      SELECT s.id, e.role::"Role", e.action, e.f::"SuggestionStatus", e.t::"SuggestionStatus", true, e.at
      FROM "Suggestion" s CROSS JOIN LATERAL (VALUES
        ('RESIDENT', 'SUBMIT', NULL, 'SUBMITTED', s."submittedAt"),
        ('COMMITTEE_STAFF', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', s."acceptedAt"),
        ('COMMITTEE_STAFF', 'ASSIGN', 'ACCEPTED', 'ASSIGNED', s."assignedAt"),
        ('UNIT_STAFF', 'REPLY', 'HANDLING', 'REPLIED', s."repliedAt"),
        ('COMMITTEE_STAFF', 'FEED_BACK', 'REPLIED', 'FED_BACK', s."fedBackAt"),
        ('RESIDENT', 'EVALUATE', 'FED_BACK', 'CLOSED', s."closedAt")
      ) e(role, action, f, t, at) WHERE e.at IS NOT NULL;`,
    );
    await step("fact table (REFRESH MATERIALIZED VIEW)", `REFRESH MATERIALIZED VIEW "InsightFact"`);
    await step("analyze", `ANALYZE`);
  } finally {
    await c.end();
  }
}

/** The benchmark accounts' user ids (and the resident with a history). */
export async function provinceFacts(url: string): Promise<ProvinceFacts> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const byName = new Map(
      (
        await c.query<{ id: number; username: string }>(
          `SELECT id, username FROM "User" WHERE username = ANY($1::text[])`,
          [Object.values(BENCH_USERS)],
        )
      ).rows.map((r) => [r.username, r.id]),
    );
    const resident = (await c.query<{ id: number }>(`SELECT id FROM "User" WHERE "phoneHmac" = 'bench-resident-1'`))
      .rows[0].id;
    const users = { resident } as ProvinceFacts["users"];
    for (const [k, name] of Object.entries(BENCH_USERS)) users[k as keyof typeof BENCH_USERS] = byName.get(name)!;
    return { users };
  } finally {
    await c.end();
  }
}
