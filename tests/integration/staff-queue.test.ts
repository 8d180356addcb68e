import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination/keyset";
import { listStaffQueue, parseQueueFilters, QUEUE_PAGE_SIZE, type QueueFilters } from "@/lib/suggestions/staff-queue";
import { MAX_FULL_REGION_OPTIONS, queueFilterOptions } from "@/lib/suggestions/staff-queue-options";
import { createRegion } from "../factories/users";

// A city with two districts (A has a township A1); one station in A1 and one in B; two categories. Plus a
// second city whose staff must see none of it. Every row is written here, so counts are exact.
const staffOf = (regionPath: string, role: Actor["role"] = "COMMITTEE_STAFF"): Actor => ({
  id: 999_000,
  role,
  regionPath,
  unitId: null,
  deputyId: null,
  stationIds: [],
});

let n = 0;
const NOW = new Date("2026-03-16T02:00:00Z"); // Monday 10:00 in Shanghai
const DAY = 86_400_000;

type Place = Awaited<ReturnType<typeof setup>>;
let p: Place;

async function setup() {
  const city = await createRegion();
  const a = await createRegion(city);
  const a1 = await db.region.update({ where: { id: (await createRegion(a)).id }, data: { level: "TOWNSHIP" } });
  const b = await createRegion(city);
  const other = await createRegion();
  const [c1, c2] = await Promise.all(
    ["交通", "教育"].map((name, i) => db.category.create({ data: { code: `q${Date.now().toString(36)}${i}`, name } })),
  );
  const station = (regionId: number, name: string) =>
    db.station.create({
      data: {
        name,
        regionId,
        address: "路1号",
        lat: 30,
        lng: 120,
        openingHours: "周一至周五",
        qrToken: `qq${Date.now().toString(36)}${++n}`,
      },
    });
  const [sA1, sB, sOther] = await Promise.all([
    station(a1.id, "A1站"),
    station(b.id, "B站"),
    station(other.id, "外市站"),
  ]);
  return { city, a, a1, b, other, c1: c1, c2: c2, sA1, sB, sOther };
}

function row(
  over: Partial<Prisma.SuggestionCreateManyInput> & { regionId: number; categoryId: number },
): Prisma.SuggestionCreateManyInput {
  const i = ++n;
  return {
    trackingCode: `SQ${i.toString().padStart(8, "0")}`,
    kind: "OPINION",
    source: "ONLINE",
    status: "SUBMITTED",
    title: `事项${i}`,
    content: "测试内容测试内容测试",
    submittedAt: new Date(NOW.getTime() - i * 60_000),
    ...over,
  };
}

async function insert(rows: Prisma.SuggestionCreateManyInput[]) {
  await db.suggestion.createMany({ data: rows });
  return db.suggestion.findMany({
    where: { trackingCode: { in: rows.map((r) => r.trackingCode) } },
    select: { id: true, trackingCode: true },
  });
}

const ids = async (actor: Actor, filters: QueueFilters = {}) =>
  (await listStaffQueue(actor, filters, NOW)).rows.map((r) => r.title);

beforeAll(async () => {
  p = await setup();
  await insert([
    row({ title: "a-submitted", regionId: p.a.id, categoryId: p.c1.id }),
    row({
      title: "a1-accepted-station",
      regionId: p.a1.id,
      stationId: p.sA1.id,
      categoryId: p.c2.id,
      status: "ACCEPTED",
      source: "QR",
    }),
    row({
      title: "a-handling",
      regionId: p.a.id,
      categoryId: p.c1.id,
      status: "HANDLING",
      kind: "DEPUTY_SUGGESTION",
      source: "DEPUTY",
    }),
    row({ title: "a-closed", regionId: p.a.id, categoryId: p.c1.id, status: "CLOSED" }),
    row({ title: "b-submitted-station", regionId: p.b.id, stationId: p.sB.id, categoryId: p.c1.id, source: "WALK_IN" }),
    row({ title: "other-city", regionId: p.other.id, stationId: p.sOther.id, categoryId: p.c1.id }),
  ]);
});

describe("staff queue: scope (S1)", () => {
  it("shows a district's staff only their district, a city's staff the whole city, another city's staff nothing", async () => {
    expect(await ids(staffOf(p.a.path))).toEqual(["a-submitted", "a1-accepted-station"]);
    expect(await ids(staffOf(p.b.path))).toEqual(["b-submitted-station"]);
    expect(await ids(staffOf(p.city.path))).toEqual(["a-submitted", "a1-accepted-station", "b-submitted-station"]);
    const stranger = await createRegion();
    expect(await ids(staffOf(stranger.path))).toEqual([]);
    expect(await ids(staffOf(p.other.path))).toEqual(["other-city"]);
  });

  it("fails closed for roles that read no suggestions, and shows nothing to staff without a region", async () => {
    await expect(listStaffQueue(staffOf(p.city.path, "SYSTEM_ADMIN"), {}, NOW)).rejects.toBeInstanceOf(AppError);
    await expect(listStaffQueue(staffOf(p.city.path, "AUDITOR"), {}, NOW)).rejects.toBeInstanceOf(AppError);
    expect(await ids({ ...staffOf(p.city.path), regionPath: null })).toEqual([]);
  });

  it("ignores a region or station filter outside the actor's scope rather than widening it", async () => {
    const r = await listStaffQueue(staffOf(p.a.path), { region: p.b.id, station: p.sB.id }, NOW);
    expect(r.ignored.sort()).toEqual(["region", "station"]);
    expect(r.filters.region).toBeUndefined();
    expect(r.rows.map((x) => x.title)).toEqual(["a-submitted", "a1-accepted-station"]);
    expect((await listStaffQueue(staffOf(p.a.path), { region: 2_000_000_000 }, NOW)).ignored).toEqual(["region"]);
  });
});

describe("staff queue: filters", () => {
  const city = () => staffOf(p.city.path);

  it("defaults to SUBMITTED + ACCEPTED; 'open' adds every stage that still moves; one stage alone", async () => {
    expect(await ids(city(), { stage: "open" })).toEqual([
      "a-submitted",
      "a1-accepted-station",
      "a-handling",
      "b-submitted-station",
    ]);
    expect(await ids(city(), { stage: "CLOSED" })).toEqual(["a-closed"]);
    expect(await ids(city(), { stage: "ACCEPTED" })).toEqual(["a1-accepted-station"]);
  });

  it("filters by category, source and kind", async () => {
    expect(await ids(city(), { category: p.c2.id })).toEqual(["a1-accepted-station"]);
    expect(await ids(city(), { source: "WALK_IN" })).toEqual(["b-submitted-station"]);
    expect(await ids(city(), { stage: "open", kind: "DEPUTY_SUGGESTION" })).toEqual(["a-handling"]);
  });

  it("filters by a region's whole subtree and by station", async () => {
    expect(await ids(city(), { region: p.a.id })).toEqual(["a-submitted", "a1-accepted-station"]);
    expect(await ids(city(), { region: p.a1.id })).toEqual(["a1-accepted-station"]);
    expect(await ids(city(), { station: p.sB.id })).toEqual(["b-submitted-station"]);
  });

  it("drops a station that is not in the chosen region", async () => {
    const r = await listStaffQueue(city(), { region: p.a.id, station: p.sB.id }, NOW);
    expect(r.ignored).toEqual(["station"]);
    expect(r.rows.map((x) => x.title)).toEqual(["a-submitted", "a1-accepted-station"]);
  });

  it("filters by submission date as calendar days in Shanghai", async () => {
    const region = await createRegion(p.city);
    const staff = staffOf(region.path);
    await insert([
      // 2026-03-01 23:59 and 2026-03-02 00:30 in Shanghai (both 1 March in UTC), and 2026-03-03 23:59:59.999.
      row({
        title: "d1-late",
        regionId: region.id,
        categoryId: p.c1.id,
        submittedAt: new Date("2026-03-01T15:59:00Z"),
      }),
      row({
        title: "d2-early",
        regionId: region.id,
        categoryId: p.c1.id,
        submittedAt: new Date("2026-03-01T16:30:00Z"),
      }),
      row({
        title: "d3-last-ms",
        regionId: region.id,
        categoryId: p.c1.id,
        submittedAt: new Date("2026-03-03T15:59:59.999Z"),
      }),
    ]);
    expect(await ids(staff, { from: "2026-03-02" })).toEqual(["d3-last-ms", "d2-early"]);
    expect(await ids(staff, { to: "2026-03-01" })).toEqual(["d1-late"]);
    expect(await ids(staff, { from: "2026-03-02", to: "2026-03-02" })).toEqual(["d2-early"]);
    expect(await ids(staff, { from: "2026-03-03", to: "2026-03-03" })).toEqual(["d3-last-ms"]);
  });

  it("filters overdue (red) and due soon (yellow) items with the same answer the badge gives", async () => {
    const region = await createRegion(p.city);
    const staff = staffOf(region.path);
    // NOW is Monday 16 March 10:00; 3 working days (the default) makes Thursday 19 March the last yellow day.
    const due = (iso: string) => new Date(iso);
    await insert([
      row({ title: "red", regionId: region.id, categoryId: p.c1.id, dueAt: new Date(NOW.getTime() - 1) }),
      row({ title: "yellow-now", regionId: region.id, categoryId: p.c1.id, dueAt: NOW }),
      row({ title: "yellow-thu", regionId: region.id, categoryId: p.c1.id, dueAt: due("2026-03-19T15:59:59.999Z") }),
      row({ title: "green-fri", regionId: region.id, categoryId: p.c1.id, dueAt: due("2026-03-20T00:00:00+08:00") }),
      row({ title: "no-due", regionId: region.id, categoryId: p.c1.id }),
      row({
        title: "red-but-closed",
        regionId: region.id,
        categoryId: p.c1.id,
        status: "CLOSED",
        dueAt: due("2026-03-01T00:00:00Z"),
      }),
    ]);
    expect(await ids(staff, { due: "overdue" })).toEqual(["red"]);
    expect(await ids(staff, { due: "soon" })).toEqual(["yellow-now", "yellow-thu"]);
    const all = await listStaffQueue(staff, {}, NOW);
    expect(Object.fromEntries(all.rows.map((r) => [r.title, r.light]))).toEqual({
      red: "red",
      "yellow-now": "yellow",
      "yellow-thu": "yellow",
      "green-fri": "green",
      "no-due": null,
    });
    // A closed item shows no light even if it still carries a date.
    const closed = await listStaffQueue(staff, { stage: "CLOSED" }, NOW);
    expect(closed.rows.map((r) => [r.title, r.light])).toEqual([["red-but-closed", null]]);
  });

  it("returns only the listed columns: no proposer data", async () => {
    const [first] = (await listStaffQueue(staffOf(p.b.path), {}, NOW)).rows;
    expect(Object.keys(first).sort()).toEqual(
      [
        "categoryName",
        "dueAt",
        "id",
        "kind",
        "light",
        "placeName",
        "source",
        "status",
        "submittedAt",
        "title",
        "trackingCode",
      ].sort(),
    );
    expect(first).toMatchObject({ placeName: "B站", categoryName: "交通", source: "WALK_IN" });
  });
});

describe("staff queue: keyset pagination (P3)", () => {
  it("walks every row exactly once, newest first, when many rows share a timestamp", async () => {
    const region = await createRegion(p.city);
    const staff = staffOf(region.path);
    const same = new Date("2026-03-10T01:00:00Z");
    const rows = [
      ...Array.from({ length: 120 }, () => row({ regionId: region.id, categoryId: p.c1.id, submittedAt: same })),
      ...Array.from({ length: 17 }, (_, i) =>
        row({ regionId: region.id, categoryId: p.c1.id, submittedAt: new Date(same.getTime() + (i - 8) * DAY) }),
      ),
      ...Array.from({ length: 5 }, () =>
        row({ regionId: region.id, categoryId: p.c1.id, status: "ACCEPTED", submittedAt: same }),
      ),
    ];
    await insert(rows);
    const expected = await db.suggestion.findMany({
      where: { regionId: region.id },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });

    const seen: number[] = [];
    const sizes: number[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      // Through the query string, as the "next page" link does.
      const { values } = parseQueueFilters(after ? { after } : {});
      const page = await listStaffQueue(staff, values, NOW);
      seen.push(...page.rows.map((r) => r.id));
      sizes.push(page.rows.length);
      if (!page.next) break;
      after = page.next;
    }
    expect(sizes).toEqual([QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE, 142 - 2 * QUEUE_PAGE_SIZE]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected.map((e) => e.id));
  });

  it("pages the same way when the page is collected rather than walked (deadline and source filters)", async () => {
    const region = await createRegion(p.city);
    const staff = staffOf(region.path);
    const same = new Date("2026-03-09T01:00:00Z");
    const overdue = new Date(NOW.getTime() - DAY);
    await insert([
      ...Array.from({ length: 75 }, (_, i) =>
        row({
          regionId: region.id,
          categoryId: p.c1.id,
          status: i % 2 ? "HANDLING" : "ACCEPTED",
          submittedAt: same,
          dueAt: overdue,
          source: "HOTLINE",
        }),
      ),
      ...Array.from({ length: 10 }, () =>
        row({ regionId: region.id, categoryId: p.c1.id, submittedAt: same, dueAt: new Date(NOW.getTime() + 30 * DAY) }),
      ),
    ]);
    const walkAll = async (filters: QueueFilters) => {
      const seen: number[] = [];
      let after: string | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const page = await listStaffQueue(staff, { ...filters, after }, NOW);
        seen.push(...page.rows.map((r) => r.id));
        if (!page.next) return seen;
        after = page.next;
      }
      throw new Error("did not end");
    };
    const expected = (
      await db.suggestion.findMany({
        where: { regionId: region.id, dueAt: { lt: NOW } },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((r) => r.id);
    expect(await walkAll({ stage: "open", due: "overdue" })).toEqual(expected);
    expect(await walkAll({ stage: "open", source: "HOTLINE" })).toEqual(expected);
  });

  it("keeps the filters across pages", async () => {
    const region = await createRegion(p.city);
    const staff = staffOf(region.path);
    const same = new Date("2026-03-11T01:00:00Z");
    await insert(
      Array.from({ length: 130 }, (_, i) =>
        row({ regionId: region.id, categoryId: i % 2 ? p.c1.id : p.c2.id, submittedAt: same }),
      ),
    );
    const first = await listStaffQueue(staff, { category: p.c2.id }, NOW);
    const second = await listStaffQueue(staff, { category: p.c2.id, after: first.next! }, NOW);
    expect(first.rows).toHaveLength(50);
    expect(second.rows).toHaveLength(15);
    expect(second.next).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(65);
  });

  it("survives tampered cursors: malformed ones are dropped, well-formed ones only move within the scope", async () => {
    for (const after of [
      "garbage!",
      "",
      "AAAA",
      Buffer.from("-1:1").toString("base64url"),
      Buffer.from("1:99999999999").toString("base64url"),
    ]) {
      const parsed = parseQueueFilters({ after });
      expect(parsed.values.after).toBeUndefined();
      expect(parsed.ignored).toEqual(after ? ["after"] : []);
    }
    const staff = staffOf(p.b.path);
    // A cursor from the far future is just "from the top"; one from 1970 is past the end.
    const future = encodeCursor({ at: new Date("9999-12-31T00:00:00Z"), id: 2_147_483_647 });
    expect((await listStaffQueue(staff, { after: future }, NOW)).rows.map((r) => r.title)).toEqual([
      "b-submitted-station",
    ]);
    const past = encodeCursor({ at: new Date(0), id: 1 });
    expect((await listStaffQueue(staff, { after: past }, NOW)).rows).toEqual([]);
    // A cursor pointing at another district's row does not reveal it.
    const [foreign] = await db.suggestion.findMany({
      where: { regionId: p.a.id },
      select: { id: true, submittedAt: true },
      take: 1,
    });
    const page = await listStaffQueue(
      staff,
      { after: encodeCursor({ at: new Date(foreign.submittedAt.getTime() + 1), id: foreign.id }) },
      NOW,
    );
    expect(page.rows.every((r) => r.placeName === "B站")).toBe(true);
  });
});

describe("staff queue: the query string and the form's choices", () => {
  it("keeps good values, drops bad ones and says which", () => {
    const { values, ignored } = parseQueueFilters({
      stage: "HANDLING",
      category: "7",
      region: "abc",
      station: "-1",
      source: "QR",
      kind: "NOPE",
      from: "2026-02-30",
      to: "2026-03-31",
      due: "soon",
      after: "garbage!",
      utm: "x",
    });
    expect(values).toEqual({ stage: "HANDLING", category: 7, source: "QR", to: "2026-03-31", due: "soon" });
    expect(ignored.sort()).toEqual(["after", "from", "kind", "region", "station"]);
    expect(parseQueueFilters({ stage: "", category: "", from: "" })).toEqual({ values: {}, ignored: [] });
    expect(parseQueueFilters({ stage: ["open", "CLOSED"] })).toEqual({ values: {}, ignored: ["stage"] });
    expect(parseQueueFilters({ region: "2147483648", from: "0001-01-01", to: "2026-3-1" }).ignored).toEqual([
      "region",
      "from",
      "to",
    ]);
  });

  it("offers the regions in scope, and stations only once a region is chosen", async () => {
    const staff = staffOf(p.a.path);
    const none = await queueFilterOptions(staff, {});
    expect(none.regions.map((r) => r.id)).toEqual([p.a.id, p.a1.id]);
    expect(none.stations).toBeNull();
    const inA = await queueFilterOptions(staff, { region: p.a.id });
    expect(inA.stations?.map((s) => s.name)).toEqual(["A1站"]);
    // A region outside the scope lists none of its stations.
    expect((await queueFilterOptions(staff, { region: p.b.id })).stations).toEqual([]);
    // A station chosen by link without a region is still shown, if in scope.
    expect((await queueFilterOptions(staff, { station: p.sA1.id })).stations?.map((s) => s.name)).toEqual(["A1站"]);
    expect((await queueFilterOptions(staff, { station: p.sB.id })).stations).toEqual([]);
  });

  it("past MAX_FULL_REGION_OPTIONS areas offers the districts, and a district's townships once it is chosen", async () => {
    const top = await createRegion();
    const [d1, d2] = [await createRegion(top), await createRegion(top)];
    const codeBase = 700000000000 + Math.floor(Math.random() * 90000000000);
    await db.region.createMany({
      data: Array.from({ length: MAX_FULL_REGION_OPTIONS + 1 }, (_, i) => ({
        code: String(codeBase + i),
        name: `乡镇${i}`,
        level: "TOWNSHIP" as const,
        parentId: i % 2 ? d1.id : d2.id,
        path: "/",
      })),
    });
    await db.$executeRaw`UPDATE "Region" r SET path = p.path || r.id || '/' FROM "Region" p
                          WHERE r."parentId" = p.id AND r.path = '/' AND p.id IN (${d1.id}, ${d2.id})`;
    const staff = staffOf(top.path);
    const none = await queueFilterOptions(staff, {});
    expect(none.regions.map((r) => r.id)).toEqual([d1.id, d2.id]);
    const inD1 = await queueFilterOptions(staff, { region: d1.id });
    const townships = inD1.regions.filter((r) => r.level === "TOWNSHIP");
    expect(townships).toHaveLength(Math.floor((MAX_FULL_REGION_OPTIONS + 1) / 2)); // the odd ones
    expect(townships.every((r) => r.districtName === d1.name)).toBe(true);
    // A township chosen by link opens its own district's list.
    const inTownship = await queueFilterOptions(staff, { region: townships[0].id });
    expect(inTownship.regions.filter((r) => r.level === "TOWNSHIP").map((r) => r.id)).toEqual(
      townships.map((r) => r.id),
    );
  });
});
