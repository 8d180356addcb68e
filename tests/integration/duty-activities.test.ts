// Issue 15, duty beyond receptions: activities earn the rubric's points once per attendee and give them back when
// attendance is un-marked (never after publication); published quarters reach the public deputy data; a 述职 is
// rated once per resident inside its window; 限时反馈 items stay on the open list until answered; refusals are
// audited.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActivity, markAttendance } from "@/lib/activities/record-activity";
import { addIssue, raiseIssue } from "@/lib/activities/issues";
import { rateVoterReport } from "@/lib/activities/rate-report";
import { publicDutyRecord } from "@/lib/activities/public-duty";
import { getActivity } from "@/lib/activities/queries";
import { publishQuarterPoints } from "@/lib/deputies/publish-points";
import { addListItem, answerListItem, openFeedbackItems } from "@/lib/reception/three-lists";
import { actorOf } from "../factories/loop";
import { createReceptionWorld, createResidents } from "../factories/reception";
import { createStaffUser } from "../factories/users";

const client = { ip: "203.0.113.7", userAgent: "vitest" };
const JULY = { startsAt: "2026-07-15T09:00", endsAt: "2026-07-15T11:30" };

async function inspection(w: Awaited<ReturnType<typeof createReceptionWorld>>, kind = "INSPECTION", times = JULY) {
  return createActivity(
    w.staff,
    {
      kind,
      stationId: String(w.station.id),
      ...times,
      place: "城东污水处理厂",
      theme: "污水处理设施运行情况",
      deputyIds: w.deputies.map((d) => String(d.id)),
    },
    client,
  );
}

const ledger = (activityId: number) =>
  db.dutyPointEntry.findMany({
    where: { sourceType: "DutyActivity", sourceId: String(activityId) },
    orderBy: { deputyId: "asc" },
    include: { rule: { select: { code: true } } },
  });

describe("a 视察 earns the rubric's points", () => {
  it("gives each of three deputies the rule's points once, and un-marking takes them back", async () => {
    const w = await createReceptionWorld({ deputies: 3 });
    const rule = await db.dutyPointRule.findUniqueOrThrow({ where: { code: "INSPECTION_REPORT" } });
    const { id } = await inspection(w);
    const all = { activityId: id, attendedDeputyIds: w.deputies.map((d) => d.id) };

    await markAttendance(w.staff, all, client);
    await markAttendance(w.staff, all, client); // saved again: nothing more
    const rows = await ledger(id);
    expect(rows.map((r) => r.deputyId)).toEqual(w.deputies.map((d) => d.id).sort((a, b) => a - b));
    expect(rows.every((r) => r.points === rule.points && r.rule.code === "INSPECTION_REPORT")).toBe(true);

    await markAttendance(w.staff, { activityId: id, attendedDeputyIds: [w.deputies[0].id, w.deputies[1].id] }, client);
    expect((await ledger(id)).map((r) => r.deputyId)).toEqual([w.deputies[0].id, w.deputies[1].id]);
    const a = await getActivity(w.staff, id);
    expect(a.deputies.map((d) => d.attended)).toEqual([true, true, false]);
  });

  it("every activity kind has an active rule the rubric page lists", async () => {
    const codes = (await db.dutyPointRule.findMany({ select: { code: true } })).map((r) => r.code);
    for (const c of [
      "INSPECTION_REPORT",
      "SURVEY",
      "LAW_ENFORCEMENT_CHECK",
      "GROUP_ACTIVITY",
      "TRAINING",
      "REPORT_TO_VOTERS",
    ])
      expect(codes).toContain(c);
  });

  it("attendance cannot be marked before the activity, nor un-marked once the quarter is published", async () => {
    const w = await createReceptionWorld({ deputies: 3 });
    const future = await inspection(w, "SURVEY", { startsAt: "2099-07-15T09:00", endsAt: "2099-07-15T11:00" });
    await expect(
      markAttendance(w.staff, { activityId: future.id, attendedDeputyIds: [w.deputies[0].id] }, client),
    ).rejects.toMatchObject({ messageKey: "activities.notStarted" });

    const { id } = await inspection(w);
    await markAttendance(w.staff, { activityId: id, attendedDeputyIds: w.deputies.map((d) => d.id) }, client);
    await publishQuarterPoints(w.staff, { year: "2026", quarter: "3" }, client);
    await expect(
      markAttendance(w.staff, { activityId: id, attendedDeputyIds: [w.deputies[0].id] }, client),
    ).rejects.toMatchObject({ messageKey: "activities.pointsPublished" });
    expect(await ledger(id)).toHaveLength(3);
    expect(
      await db.auditEvent.count({ where: { actorId: w.staff.id, action: "activity.attendance", result: "DENIED" } }),
    ).toBe(2);
  });
});

describe("晾晒: published points on the public deputy data", () => {
  it("shows a quarter's points only once staff have published it", async () => {
    const w = await createReceptionWorld({ deputies: 3 });
    const rule = await db.dutyPointRule.findUniqueOrThrow({ where: { code: "INSPECTION_REPORT" } });
    const { id } = await inspection(w);
    await markAttendance(w.staff, { activityId: id, attendedDeputyIds: w.deputies.map((d) => d.id) }, client);

    const before = await publicDutyRecord(w.deputies[1].id);
    expect(before.quarters).toEqual([]);
    // The duty list is public from the start: the 视察 they attended.
    expect(before.duties).toMatchObject([{ type: "activity", id, kind: "INSPECTION" }]);

    await publishQuarterPoints(w.staff, { year: "2026", quarter: "3" }, client);
    const after = await publicDutyRecord(w.deputies[1].id);
    expect(after.quarters).toEqual([{ year: 2026, quarter: 3, points: rule.points }]);
  });
});

describe("述职 ratings", () => {
  it("one rating per resident per 述职, only inside its window, only by residents", async () => {
    const w = await createReceptionWorld({ deputies: 2 });
    const now = Date.now();
    const local = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16); // China Standard Time, as the form sends it
    const { id } = await createActivity(
      w.staff,
      {
        kind: "REPORT_TO_VOTERS",
        stationId: String(w.station.id),
        startsAt: local(now - 3 * 3_600_000),
        endsAt: local(now - 3_600_000),
        place: "社区活动中心",
        theme: "2026年度履职情况",
        deputyIds: [String(w.deputies[0].id)],
        ratingDays: "7",
      },
      client,
    );
    await markAttendance(w.staff, { activityId: id, attendedDeputyIds: [w.deputies[0].id] }, client);
    const [r1, r2] = await createResidents(2);

    await rateVoterReport(r1, { activityId: String(id), result: "SATISFIED" }, client);
    await expect(rateVoterReport(r1, { activityId: String(id), result: "UNSATISFIED" }, client)).rejects.toMatchObject({
      messageKey: "activities.alreadyRated",
    });
    await rateVoterReport(r2, { activityId: String(id), result: "BASICALLY_SATISFIED" }, client);
    expect(await db.voterReportRating.count({ where: { activityId: id } })).toBe(2);
    expect(await db.voterReportRating.findFirst({ where: { activityId: id, residentId: r1.id } })).toMatchObject({
      result: "SATISFIED",
    });
    expect(await db.auditEvent.count({ where: { actorId: r1.id, action: "activity.rate", result: "DENIED" } })).toBe(1);

    // A member of staff may not rate; after the window nobody may.
    await expect(
      rateVoterReport(w.staff, { activityId: String(id), result: "SATISFIED" }, client),
    ).rejects.toMatchObject({ code: "forbidden" });
    const [late] = await createResidents(1);
    await expect(
      rateVoterReport(late, { activityId: String(id), result: "SATISFIED" }, client, new Date(now + 8 * 86_400_000)),
    ).rejects.toMatchObject({ messageKey: "activities.ratingClosed" });

    const record = await publicDutyRecord(w.deputies[0].id);
    expect(record.reports).toMatchObject([{ id, counts: { SATISFIED: 1, BASICALLY_SATISFIED: 1, UNSATISFIED: 0 } }]);
  });
});

describe("issues found become suggestions in one step", () => {
  it("raises an issue once, in the name of a deputy who attended", async () => {
    const w = await createReceptionWorld({ deputies: 3 });
    const { id } = await inspection(w);
    await markAttendance(w.staff, { activityId: id, attendedDeputyIds: [w.deputies[0].id] }, client);
    const issue = await addIssue(
      w.staff,
      { activityId: String(id), text: "污水处理厂周边异味明显，居民反映强烈" },
      client,
    );
    const raise = (deputyId: number) =>
      raiseIssue(
        w.staff,
        {
          issueId: String(issue.id),
          title: "整治污水厂周边异味",
          categoryId: String(w.category.id),
          deputyId: String(deputyId),
        },
        client,
      );
    await expect(raise(w.deputies[2].id)).rejects.toMatchObject({ messageKey: "activities.deputyNotAttended" });
    const s = await raise(w.deputies[0].id);
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", proposerDeputyId: w.deputies[0].id, source: "DEPUTY" });
    await expect(raise(w.deputies[0].id)).rejects.toMatchObject({ messageKey: "activities.issueAlreadyRaised" });
    expect((await getActivity(w.staff, id)).issues[0].suggestion?.id).toBe(s.id);
  });
});

describe("限时反馈: the third list is tracked until answered", () => {
  it("lists open items with their due dates for staff and the station, overdue marked, until answered", async () => {
    const w = await createReceptionWorld({ deputies: 2, startsInHours: -30 * 24 });
    const sessionDay = new Date(w.session.startsAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    await expect(
      addListItem(w.deputy, { sessionId: String(w.session.id), list: "FEEDBACK", text: "答复加装电梯补贴" }, client),
    ).rejects.toMatchObject({ field: "dueOn" });
    await addListItem(w.deputy, { sessionId: String(w.session.id), list: "PROBLEM", text: "老旧小区缺电梯" }, client);
    const item = await addListItem(
      w.admin,
      { sessionId: String(w.session.id), list: "FEEDBACK", text: "答复加装电梯补贴标准", dueOn: sessionDay },
      client,
    );

    for (const who of [w.staff, w.admin, w.deputy]) {
      const open = await openFeedbackItems(who);
      expect(open.map((o) => o.id)).toEqual([item.id]);
      expect(open[0]).toMatchObject({ due: sessionDay, overdue: true });
    }
    // A station admin elsewhere sees none of it.
    const otherAdmin = actorOf(await createStaffUser("STATION_ADMIN"), { stationIds: [] });
    expect(await openFeedbackItems(otherAdmin)).toEqual([]);

    await answerListItem(w.staff, { itemId: String(item.id), answer: "已告知补贴标准：每台15万元" }, client);
    expect(await openFeedbackItems(w.staff)).toEqual([]);
    await expect(
      answerListItem(w.admin, { itemId: String(item.id), answer: "再次答复" }, client),
    ).rejects.toMatchObject({ messageKey: "receptionLists.alreadyAnswered" });
    expect(await db.receptionListItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      answer: "已告知补贴标准：每台15万元",
    });
  });
});

describe("scope refusals are audited", () => {
  it("another station's admin, another region's staff and a resident are refused, each on the record", async () => {
    const w = await createReceptionWorld({ deputies: 3 });
    const other = await createReceptionWorld({ deputies: 1 });
    const { id } = await inspection(w);

    await expect(getActivity(other.admin, id)).rejects.toMatchObject({ code: "notFound" });
    await expect(markAttendance(other.staff, { activityId: id, attendedDeputyIds: [] }, client)).rejects.toMatchObject({
      code: "notFound",
    });
    const [resident] = await createResidents(1);
    await expect(
      createActivity(resident, { kind: "INSPECTION", ...JULY, place: "某地", theme: "某事", deputyIds: [] }, client),
    ).rejects.toMatchObject({ code: "forbidden" });
    // Staff may not enrol another region's deputy; a station admin records only for their own station.
    await expect(
      createActivity(
        w.staff,
        { kind: "TRAINING", ...JULY, place: "培训中心", theme: "履职培训", deputyIds: [String(other.deputies[0].id)] },
        client,
      ),
    ).rejects.toMatchObject({ field: "deputyIds" });
    await expect(
      createActivity(
        w.admin,
        {
          kind: "TRAINING",
          stationId: String(other.station.id),
          ...JULY,
          place: "培训中心",
          theme: "履职培训",
          deputyIds: [String(other.deputies[0].id)],
        },
        client,
      ),
    ).rejects.toMatchObject({ code: "notFound" });

    for (const actor of [other.admin, other.staff, resident, w.admin]) {
      const rows = await db.auditEvent.findMany({ where: { actorId: actor.id, result: "DENIED" } });
      expect(rows.length).toBeGreaterThanOrEqual(1);
      expect(rows[0]).toMatchObject({ action: "permission.denied" });
    }
  });
});
