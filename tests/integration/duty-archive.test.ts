// The duty archive's figures against a small data set built by hand, and quarterly publication of points.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { toDbDate } from "@/lib/calendar/civil-date";
import { getDeputyArchiveForStaff, getOwnDutyArchive } from "@/lib/deputies/duty-archive";
import { publishQuarterPoints } from "@/lib/deputies/publish-points";
import { ownDutyLedger } from "@/lib/reception/queries";
import { actorOf } from "../factories/loop";
import { createPlace } from "../factories/places";
import { createStaffUser } from "../factories/users";

const sh = (local: string) => new Date(`${local}+08:00`);
let n = 0;

async function world() {
  const { region, category, station } = await createPlace();
  const deputy = await db.deputy.create({ data: { name: "王代表", qrToken: `dq${randomUUID().slice(0, 8)}` } });
  const peer = await db.deputy.create({ data: { name: "李代表", qrToken: `dq${randomUUID().slice(0, 8)}` } });
  const mandate = await db.deputyMandate.create({
    data: {
      deputyId: deputy.id,
      level: "COUNTY",
      term: 18,
      regionId: region.id,
      startsOn: toDbDate("2026-01-01"),
      endsOn: toDbDate("2030-12-31"),
    },
  });
  await db.deputyMandate.create({ data: { deputyId: peer.id, level: "COUNTY", term: 18, regionId: region.id } });
  await db.stationDeputy.create({ data: { stationId: station.id, deputyId: deputy.id } });
  const deputyUser = await db.user.create({
    data: {
      role: "DEPUTY",
      name: "王代表",
      username: `dep${Date.now().toString(36)}${++n}`,
      passwordHash: "x",
      deputyId: deputy.id,
    },
  });
  const staffUser = await createStaffUser("COMMITTEE_STAFF", { regionId: region.id });
  return {
    region,
    category,
    station,
    deputy,
    peer,
    mandate,
    deputyActor: actorOf(deputyUser, { deputyId: deputy.id, stationIds: [station.id] }),
    staff: actorOf(staffUser, { regionPath: region.path }),
  };
}

type W = Awaited<ReturnType<typeof world>>;

async function session(
  w: W,
  startsAt: string,
  duty: { deputyId: number; attended: boolean | null }[],
  visits: number,
  status: "HELD" | "PUBLISHED" = "HELD",
) {
  const s = await db.receptionSession.create({
    data: {
      stationId: w.station.id,
      startsAt: sh(startsAt),
      endsAt: new Date(sh(startsAt).getTime() + 3 * 3_600_000),
      theme: "接待日",
      capacity: 10,
      status,
      deputies: { create: duty },
    },
  });
  for (let i = 0; i < visits; i++)
    await db.receptionVisit.create({ data: { sessionId: s.id, raised: `反映问题${i}` } });
  return s;
}

async function suggestion(w: W, submittedAt: string, over: Record<string, unknown> = {}) {
  return db.suggestion.create({
    data: {
      trackingCode: randomUUID().slice(0, 8).toUpperCase(),
      kind: "DEPUTY_SUGGESTION",
      source: "DEPUTY",
      title: "建议",
      content: "内容",
      categoryId: w.category.id,
      regionId: w.region.id,
      proposerDeputyId: w.deputy.id,
      submittedAt: sh(submittedAt),
      ...over,
    },
  });
}

describe("the duty archive", () => {
  it("counts receptions, residents met, suggestions and their outcomes within the term, and published points only for the deputy", async () => {
    const w = await world();
    await session(
      w,
      "2026-03-15T09:00:00",
      [
        { deputyId: w.deputy.id, attended: true },
        { deputyId: w.peer.id, attended: true },
      ],
      3,
    );
    await session(
      w,
      "2026-04-15T09:00:00",
      [
        { deputyId: w.deputy.id, attended: true },
        { deputyId: w.peer.id, attended: false },
      ],
      2,
    );
    await session(
      w,
      "2026-05-15T09:00:00",
      [
        { deputyId: w.deputy.id, attended: false },
        { deputyId: w.peer.id, attended: true },
      ],
      4,
    ); // absent: 4 not met
    await session(w, "2025-06-15T09:00:00", [{ deputyId: w.deputy.id, attended: true }], 5); // before the term
    await session(w, "2026-12-15T09:00:00", [{ deputyId: w.deputy.id, attended: null }], 0, "PUBLISHED"); // not yet held

    await suggestion(w, "2026-02-01T10:00:00", { status: "CLOSED", replyClass: "A", closeReason: "SATISFIED" });
    await suggestion(w, "2026-02-02T10:00:00", {
      status: "CLOSED",
      replyClass: "B",
      closeReason: "BASICALLY_SATISFIED",
    });
    const un = await suggestion(w, "2026-02-03T10:00:00", { status: "HANDLING", replyClass: "C", round: 2 });
    await db.evaluation.create({
      data: { suggestionId: un.id, round: 1, evaluatorId: w.deputyActor.id, result: "UNSATISFIED" },
    });
    await suggestion(w, "2026-02-04T10:00:00", { status: "DECLINED", declineReason: "不属于受理范围" });
    await suggestion(w, "2026-02-05T10:00:00", { status: "ASSIGNED" });
    await suggestion(w, "2025-02-05T10:00:00", { status: "CLOSED", replyClass: "A", closeReason: "SATISFIED" }); // before the term

    const rules = await Promise.all(
      [
        ["RECEPTION", 5],
        ["SUGGESTION", 2],
      ].map(([code, points]) =>
        db.dutyPointRule.upsert({
          where: { code: String(code) },
          create: { code: String(code), name: String(code), points: Number(points) },
          update: {},
        }),
      ),
    );
    const entry = (rule: number, points: number, occurredAt: string, sourceId: string, published: boolean) =>
      db.dutyPointEntry.create({
        data: {
          deputyId: w.deputy.id,
          ruleId: rules[rule].id,
          term: 18,
          points,
          sourceType: "T",
          sourceId,
          occurredAt: sh(occurredAt),
          publishedAt: published ? sh("2026-04-02T09:00:00") : null,
        },
      });
    await entry(0, 5, "2026-03-15T09:00:00", "s1", true);
    await entry(1, 2, "2026-02-01T10:00:00", "g1", true);
    await entry(0, 5, "2026-04-15T09:00:00", "s2", false);
    await db.dutyPointEntry.create({
      data: {
        deputyId: w.deputy.id,
        ruleId: rules[0].id,
        term: 17,
        points: 5,
        sourceType: "T",
        sourceId: "old",
        occurredAt: sh("2021-03-15T09:00:00"),
        publishedAt: sh("2021-04-02T09:00:00"),
      },
    });

    const own = await getOwnDutyArchive(w.deputyActor);
    expect(own.receptions).toEqual({ attended: 2, absent: 1, residentsMet: 5 });
    expect(own.suggestions).toEqual({
      raised: 5,
      inProgress: 2,
      closed: 2,
      declined: 1,
      merged: 0,
      byReplyClass: { A: 1, B: 1, C: 1, D: 0 },
      satisfied: 1,
      basicallySatisfied: 1,
      unsatisfied: 1,
    });
    expect(own.points).toMatchObject({
      total: 7,
      unpublished: 0,
      byQuarter: [{ quarter: "2026-Q1", points: 7, published: true }],
    });

    // The points page shows the same published total as the archive, beside everything recorded so far.
    const ledger = await ownDutyLedger(w.deputyActor);
    expect(ledger!.totals.find((x) => x.term === 18)).toEqual({ term: 18, points: 12, published: own.points.total });

    const staffView = await getDeputyArchiveForStaff(w.staff, w.deputy.id);
    expect(staffView.points).toMatchObject({ total: 12, unpublished: 5 });
    expect(staffView.points.byQuarter).toEqual([
      { quarter: "2026-Q1", points: 7, published: true },
      { quarter: "2026-Q2", points: 5, published: false },
    ]);

    // Publishing the second quarter (once it is over) makes its points visible to the deputy.
    await expect(
      publishQuarterPoints(w.staff, { year: 2026, quarter: 2 }, undefined, sh("2026-06-20T09:00:00")),
    ).rejects.toMatchObject({ messageKey: "supervision.quarterNotOver" });
    await expect(
      publishQuarterPoints(w.deputyActor, { year: 2026, quarter: 2 }, undefined, sh("2026-07-02T09:00:00")),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await publishQuarterPoints(w.staff, { year: 2026, quarter: 2 }, undefined, sh("2026-07-02T09:00:00")),
    ).toEqual({ published: 1 });
    expect(
      await publishQuarterPoints(w.staff, { year: 2026, quarter: 2 }, undefined, sh("2026-07-03T09:00:00")),
    ).toEqual({ published: 0 });
    expect(await db.pointsPublication.count({ where: { regionId: w.region.id, year: 2026, quarter: 2 } })).toBe(1);
    expect((await getOwnDutyArchive(w.deputyActor)).points.total).toBe(12);
    expect((await ownDutyLedger(w.deputyActor))!.totals.find((x) => x.term === 18)?.published).toBe(12);
  });

  it("lets staff open only the deputies of their region, and a deputy only their own", async () => {
    const w = await world();
    const other = await world();
    await expect(getDeputyArchiveForStaff(other.staff, w.deputy.id)).rejects.toMatchObject({ code: "notFound" });
    await expect(getOwnDutyArchive(other.staff)).rejects.toMatchObject({ code: "forbidden" });
    expect((await getOwnDutyArchive(w.deputyActor)).deputy.id).toBe(w.deputy.id);
    await expect(getDeputyArchiveForStaff(w.deputyActor, other.deputy.id)).rejects.toMatchObject({ code: "forbidden" });
  });
});
