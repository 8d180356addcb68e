import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { AssignmentRole, AssignmentStatus } from "@/lib/generated/prisma/enums";
import { encodeCursor } from "@/lib/pagination/keyset";
import {
  ASSIGNMENTS_PAGE_SIZE,
  listUnitAssignments,
  parseAssignmentFilters,
  type AssignmentFilters,
} from "@/lib/suggestions/unit-assignments";
import { createPlace } from "../factories/places";

const NOW = new Date("2026-03-16T02:00:00Z"); // Monday 10:00 in Shanghai
const DAY = 86_400_000;
const unitActor = (unitId: number | null, role: Actor["role"] = "UNIT_STAFF"): Actor => ({
  id: 999_001,
  role,
  regionPath: role === "UNIT_STAFF" ? null : "/",
  unitId,
  deputyId: null,
  stationIds: [],
});

let n = 0;
let place: Awaited<ReturnType<typeof createPlace>>;
let unit1: { id: number };
let unit2: { id: number };

async function createUnit() {
  return db.handlingUnit.create({
    data: { name: `测试承办单位${Date.now().toString(36)}${++n}`, regionId: place.region.id },
  });
}

/** One suggestion, with an assignment to each given unit (the first as lead). */
async function assign(
  title: string,
  units: { unitId: number; status?: AssignmentStatus; dueAt?: Date; role?: AssignmentRole; round?: number }[],
) {
  const s = await db.suggestion.create({
    data: {
      trackingCode: `UA${(++n).toString().padStart(8, "0")}`,
      kind: "OPINION",
      source: "ONLINE",
      status: "HANDLING",
      title,
      content: "测试内容测试内容测试",
      categoryId: place.category.id,
      regionId: place.region.id,
      confidential: true,
      proposerName: "保密的人",
    },
  });
  await db.assignment.createMany({
    data: units.map((u, i) => ({
      suggestionId: s.id,
      unitId: u.unitId,
      role: u.role ?? (i === 0 ? "LEAD" : "CO"),
      status: u.status ?? "PENDING",
      round: u.round ?? 1,
      dueAt: u.dueAt ?? new Date(NOW.getTime() + 30 * DAY),
    })),
  });
  return s;
}

const titles = async (unitId: number, filters: AssignmentFilters = {}) =>
  (await listUnitAssignments(unitActor(unitId), filters, NOW)).rows.map((r) => r.title);

beforeAll(async () => {
  place = await createPlace();
  [unit1, unit2] = [await createUnit(), await createUnit()];
  await assign("u1-pending-late", [{ unitId: unit1.id, dueAt: new Date(NOW.getTime() + 40 * DAY) }]);
  await assign("u1-accepted-overdue", [{ unitId: unit1.id, status: "ACCEPTED", dueAt: new Date(NOW.getTime() - DAY) }]);
  await assign("u1-replied", [{ unitId: unit1.id, status: "REPLIED", dueAt: new Date(NOW.getTime() - 10 * DAY) }]);
  await assign("shared", [
    { unitId: unit2.id, status: "ACCEPTED", dueAt: new Date(NOW.getTime() + 2 * DAY) },
    { unitId: unit1.id, status: "PENDING", dueAt: new Date(NOW.getTime() + 20 * DAY) },
  ]);
  await assign("u2-only", [{ unitId: unit2.id, dueAt: new Date(NOW.getTime() + 5 * DAY) }]);
});

describe("unit assignments: scope (S1)", () => {
  it("shows a unit only its own assignments", async () => {
    expect(await titles(unit1.id)).toEqual(["u1-accepted-overdue", "shared", "u1-pending-late"]);
    expect(await titles(unit2.id)).toEqual(["shared", "u2-only"]);
    expect(await titles(unit1.id, { show: "all" })).not.toContain("u2-only");
    const unit3 = await createUnit();
    expect(await titles(unit3.id, { show: "all" })).toEqual([]);
  });

  it("refuses every other role and a unit account without a unit", async () => {
    for (const role of ["COMMITTEE_STAFF", "LEADER", "RESIDENT", "SYSTEM_ADMIN"] as const) {
      await expect(listUnitAssignments(unitActor(unit1.id, role), {}, NOW)).rejects.toBeInstanceOf(AppError);
    }
    await expect(listUnitAssignments(unitActor(null), {}, NOW)).rejects.toBeInstanceOf(AppError);
  });

  it("returns the unit's role, status and deadline, and nothing about the proposer", async () => {
    const { rows } = await listUnitAssignments(unitActor(unit1.id), {}, NOW);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual([
        "dueAt",
        "id",
        "light",
        "role",
        "round",
        "status",
        "suggestionId",
        "title",
        "trackingCode",
      ]);
    }
    expect(rows.find((r) => r.title === "shared")).toMatchObject({ role: "CO", status: "PENDING" });
  });
});

describe("unit assignments: views and lights", () => {
  it("defaults to the open ones (to accept, accepted), soonest deadline first; 'all' and one status on request", async () => {
    expect(await titles(unit1.id, { show: "all" })).toEqual([
      "u1-replied",
      "u1-accepted-overdue",
      "shared",
      "u1-pending-late",
    ]);
    expect(await titles(unit1.id, { show: "REPLIED" })).toEqual(["u1-replied"]);
    expect(await titles(unit1.id, { show: "RETURNED" })).toEqual([]);
  });

  it("lights open assignments only", async () => {
    const { rows } = await listUnitAssignments(unitActor(unit1.id), { show: "all" }, NOW);
    expect(Object.fromEntries(rows.map((r) => [r.title, r.light]))).toEqual({
      "u1-replied": null,
      "u1-accepted-overdue": "red",
      shared: "green",
      "u1-pending-late": "green",
    });
    const soon = await listUnitAssignments(unitActor(unit2.id), {}, NOW);
    expect(soon.rows.map((r) => r.light)).toEqual(["yellow", "green"]);
  });

  it("parses the view from the query string, dropping bad values", () => {
    expect(parseAssignmentFilters({ show: "all" }).values).toEqual({ show: "all" });
    expect(parseAssignmentFilters({ show: "REPLIED", x: "1" }).values).toEqual({ show: "REPLIED" });
    expect(parseAssignmentFilters({ show: "closed", after: "%%%" })).toEqual({
      values: {},
      ignored: ["show", "after"],
    });
  });
});

describe("unit assignments: keyset pagination (P3)", () => {
  it("walks every open assignment exactly once when many share a deadline", async () => {
    const unit = await createUnit();
    const same = new Date("2026-04-01T15:59:59.999Z");
    for (let i = 0; i < 115; i++) {
      await assign(`bulk-${i}`, [
        {
          unitId: unit.id,
          dueAt: i < 100 ? same : new Date(same.getTime() + (i - 107) * DAY),
          status: i % 3 ? "PENDING" : "ACCEPTED",
        },
      ]);
    }
    await assign("bulk-done", [{ unitId: unit.id, status: "WITHDRAWN", dueAt: same }]);
    const expected = await db.assignment.findMany({
      where: { unitId: unit.id, status: { in: ["PENDING", "ACCEPTED"] } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const seen: number[] = [];
    const sizes: number[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const { values } = parseAssignmentFilters(after ? { after } : {});
      const page = await listUnitAssignments(unitActor(unit.id), values, NOW);
      seen.push(...page.rows.map((r) => r.id));
      sizes.push(page.rows.length);
      if (!page.next) break;
      after = page.next;
    }
    expect(sizes).toEqual([ASSIGNMENTS_PAGE_SIZE, ASSIGNMENTS_PAGE_SIZE, 15]);
    expect(new Set(seen).size).toBe(115);
    expect(seen).toEqual(expected.map((e) => e.id));
  });

  it("moves only within the unit's own rows whatever the cursor says", async () => {
    const foreign = await db.assignment.findFirstOrThrow({ where: { unitId: unit2.id }, orderBy: { dueAt: "asc" } });
    const cursor = encodeCursor({ at: new Date(foreign.dueAt.getTime() - 1), id: foreign.id });
    const page = await listUnitAssignments(unitActor(unit1.id), { show: "all", after: cursor }, NOW);
    expect(page.rows.map((r) => r.title)).not.toContain("u2-only");
    const end = encodeCursor({ at: new Date("9999-12-31T00:00:00Z"), id: 1 });
    expect((await listUnitAssignments(unitActor(unit1.id), { after: end }, NOW)).rows).toEqual([]);
  });
});
