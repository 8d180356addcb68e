import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toDbDate, shanghaiDateOf } from "@/lib/calendar/civil-date";
import { invalidateCalendarCache } from "@/lib/calendar/load-calendar";
import { createSession, publishSession } from "@/lib/reception/manage-sessions";
import { generateRota } from "@/lib/reception/rota";
import { addVisit, closeSession, raiseVisit } from "@/lib/reception/duty-log";
import { bookSession } from "@/lib/reception/book-session";
import { listStaffQueue } from "@/lib/suggestions/staff-queue";
import { DAYS_2026, sh } from "../unit/calendar-2026.fixture";
import { bookInput, createReceptionWorld, createResidents } from "../factories/reception";
import { ensureDueRules } from "../factories/loop";

beforeAll(async () => {
  await db.calendarDay.createMany({
    data: DAYS_2026.map(([date, kind]) => ({ date: toDbDate(date), kind, name: kind })),
  });
  await db.calendarYear.create({ data: { year: 2026, source: "test" } });
  await invalidateCalendarCache();
  await ensureDueRules();
});

const sessionInput = (stationId: number, deputyIds: number[], over: Record<string, unknown> = {}) => ({
  stationId,
  date: shanghaiDateOf(new Date(Date.now() + 10 * 86_400_000)),
  startTime: "09:00",
  endTime: "11:30",
  theme: "老旧小区改造",
  capacity: "8",
  deputyIds: deputyIds.join(","),
  ...over,
});

describe("reception sessions and the rota", () => {
  it("wants two deputies on duty, or the reason recorded (321 rule)", async () => {
    const w = await createReceptionWorld();
    await expect(createSession(w.admin, sessionInput(w.station.id, [w.deputies[0].id]))).rejects.toMatchObject({
      messageKey: "session.twoDeputies",
    });
    const ok = await createSession(
      w.admin,
      sessionInput(w.station.id, [w.deputies[0].id], { ruleException: "另一位代表外出学习" }),
    );
    expect(await db.receptionSession.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({
      ruleException: "另一位代表外出学习",
      status: "DRAFT",
    });
    const two = await createSession(
      w.admin,
      // Later that day: the first deputy is on duty at the morning session (decision 0069).
      sessionInput(w.station.id, [w.deputies[0].id, w.deputies[1].id], {
        ruleException: "ignored",
        publish: "on",
        startTime: "14:00",
        endTime: "16:00",
      }),
    );
    expect(await db.receptionSession.findUniqueOrThrow({ where: { id: two.id } })).toMatchObject({
      ruleException: null,
      status: "PUBLISHED",
    });
  });

  it("publishes at least three days ahead", async () => {
    const w = await createReceptionWorld();
    const soon = shanghaiDateOf(new Date(Date.now() + 2 * 86_400_000));
    const ids = [w.deputies[0].id, w.deputies[1].id];
    await expect(
      createSession(w.admin, sessionInput(w.station.id, ids, { date: soon, publish: "on" })),
    ).rejects.toMatchObject({ messageKey: "session.publishTooLate" });
    const draft = await createSession(w.admin, sessionInput(w.station.id, ids, { date: soon }));
    await expect(publishSession(w.admin, { sessionId: draft.id })).rejects.toMatchObject({
      messageKey: "session.publishTooLate",
    });
  });

  it("keeps a station admin to their own stations, and staff to their region (S1)", async () => {
    const w = await createReceptionWorld();
    const other = await createReceptionWorld();
    const ids = [w.deputies[0].id, w.deputies[1].id];
    await expect(createSession(other.admin, sessionInput(w.station.id, ids))).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(createSession(other.staff, sessionInput(w.station.id, ids))).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(
      generateRota(other.admin, {
        stationId: w.station.id,
        month: "2026-12",
        days: "15",
        startTime: "09:00",
        durationMinutes: "120",
        capacity: "6",
        theme: "接待日",
      }),
    ).rejects.toMatchObject({ code: "notFound" });
    await expect(createSession(w.deputy, sessionInput(w.station.id, ids))).rejects.toMatchObject({ code: "notFound" });
    await expect(
      createSession(w.admin, sessionInput(w.station.id, [ids[0], other.deputies[0].id])),
    ).rejects.toMatchObject({ messageKey: "session.deputyNotAtStation" });
    expect(await createSession(w.staff, sessionInput(w.station.id, ids))).toHaveProperty("id");
  });

  it("moves the public day to the next working day across a holiday, rotates the deputies, and runs once", async () => {
    const w = await createReceptionWorld({ deputies: 3 });
    const now = sh("2026-01-20 10:00");
    const input = {
      stationId: w.station.id,
      month: "2026-02",
      days: "15",
      startTime: "09:00",
      durationMinutes: "150",
      capacity: "10",
      theme: "代表接待日",
    };
    const feb = await generateRota(w.admin, input, undefined, now);
    // Feb 15 falls in the Spring Festival holiday (Feb 15–23): the session is on Tuesday Feb 24
    expect(feb).toMatchObject({ created: 1, moved: ["2026-02-24"], drafts: 0, shortOfDeputies: false });
    const mar = await generateRota(w.admin, { ...input, month: "2026-03" }, undefined, now);
    expect(mar).toMatchObject({ created: 1, moved: ["2026-03-16"] }); // Mar 15 is a Sunday
    expect(await generateRota(w.admin, input, undefined, now)).toMatchObject({ created: 0, skipped: 1 });
    const sessions = await db.receptionSession.findMany({
      where: { stationId: w.station.id, startsAt: { gte: sh("2026-02-01"), lt: sh("2026-04-01") } },
      orderBy: { startsAt: "asc" },
      include: { deputies: true },
    });
    expect(sessions.map((s) => shanghaiDateOf(s.startsAt))).toEqual(["2026-02-24", "2026-03-16"]);
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      sh("2026-02-24 09:00").toISOString(),
      sh("2026-03-16 09:00").toISOString(),
    ]);
    expect(sessions.every((s) => s.status === "PUBLISHED" && s.deputies.length === 2)).toBe(true);
    // rotation: the second month starts where the first left off (the world's own session holds 2 places)
    const duty = sessions.map((s) => s.deputies.map((d) => d.deputyId).sort((a, b) => a - b));
    expect(new Set([...duty[0], ...duty[1]]).size).toBe(3);
  });

  it("records the exception when a station has fewer than two deputies", async () => {
    const w = await createReceptionWorld({ deputies: 1 });
    const res = await generateRota(
      w.admin,
      {
        stationId: w.station.id,
        month: "2026-10",
        days: "8",
        startTime: "09:00",
        durationMinutes: "120",
        capacity: "6",
        theme: "接待日",
      },
      undefined,
      sh("2026-09-01 10:00"),
    );
    expect(res).toMatchObject({ created: 1, drafts: 1, shortOfDeputies: true });
    const s = await db.receptionSession.findFirstOrThrow({ where: { stationId: w.station.id, theme: "接待日" } });
    expect(s.status).toBe("DRAFT");
    expect(s.ruleException).toContain("不足两名");
  });
});

describe("the duty log", () => {
  it("records visits, turns an issue into a suggestion in the staff queue, and credits duty points once", async () => {
    const w = await createReceptionWorld({ capacity: 5, startsInHours: 72 });
    const [resident] = await createResidents(1);
    const { code } = await bookSession(resident, bookInput(w.session.id));
    const during = new Date(w.session.startsAt.getTime() + 30 * 60_000);
    await expect(
      addVisit(w.deputy, { sessionId: w.session.id, bookingCode: code, raised: "小区没有电梯，老人上下楼困难" }),
    ).rejects.toMatchObject({ messageKey: "session.notStarted" });
    const visit = await addVisit(
      w.deputy,
      { sessionId: w.session.id, bookingCode: code, raised: "小区没有电梯，老人上下楼困难" },
      undefined,
      during,
    );
    await addVisit(
      w.admin,
      {
        sessionId: w.session.id,
        visitorName: "王阿姨",
        raised: "菜市场门口占道经营",
        answeredOnSpot: "已联系街道城管当场处理",
      },
      undefined,
      during,
    );
    expect(await db.booking.findUniqueOrThrow({ where: { code } })).toMatchObject({ status: "CHECKED_IN" });

    const s = await raiseVisit(w.deputy, {
      visitId: visit.id,
      title: "建议为老旧小区加装电梯",
      categoryId: w.category.id,
    });
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({
      source: "RECEPTION",
      receptionSessionId: w.session.id,
      proposerId: resident.id,
      proposerDeputyId: w.deputies[0].id,
      stationId: w.station.id,
      status: "SUBMITTED",
    });
    expect(await db.receptionVisit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({
      suggestionId: s.id,
    });
    await expect(
      raiseVisit(w.deputy, { visitId: visit.id, title: "建议为老旧小区加装电梯", categoryId: w.category.id }),
    ).rejects.toMatchObject({ messageKey: "visit.alreadyRaised" });
    const queue = await listStaffQueue(w.staff, {});
    expect(queue.rows.map((i) => i.id)).toContain(s.id);

    await closeSession(
      w.deputy,
      {
        sessionId: w.session.id,
        summary: "接待群众两人，现场解决一件，转办一件。",
        attendedDeputyIds: String(w.deputies[0].id),
      },
      undefined,
      during,
    );
    await closeSession(
      w.admin,
      {
        sessionId: w.session.id,
        summary: "接待群众两人，现场解决一件，转办一件。",
        attendedDeputyIds: String(w.deputies[0].id),
      },
      undefined,
      during,
    );
    const held = await db.receptionSession.findUniqueOrThrow({
      where: { id: w.session.id },
      include: { deputies: true },
    });
    expect(held.status).toBe("HELD");
    expect(held.deputies.find((d) => d.deputyId === w.deputies[0].id)?.attended).toBe(true);
    expect(held.deputies.find((d) => d.deputyId === w.deputies[1].id)?.attended).toBe(false);
    const points = await db.dutyPointEntry.findMany({
      where: { deputyId: w.deputies[0].id },
      include: { rule: true },
    });
    expect(points.map((p) => p.rule.code).sort()).toEqual(["RECEPTION", "SOLVED_ON_SPOT", "SUGGESTION"]);
    expect(points.reduce((a, p) => a + p.points, 0)).toBe(12);
    expect(await db.dutyPointEntry.count({ where: { deputyId: w.deputies[1].id } })).toBe(0);
  });

  it("is for the deputies on duty and the station's admin only", async () => {
    const w = await createReceptionWorld();
    const other = await createReceptionWorld();
    const during = new Date(w.session.startsAt.getTime() + 60_000);
    const input = { sessionId: w.session.id, visitorName: "李先生", raised: "公交站台没有遮雨棚" };
    await expect(addVisit(other.admin, input, undefined, during)).rejects.toMatchObject({ code: "notFound" });
    await expect(addVisit(other.deputy, input, undefined, during)).rejects.toMatchObject({ code: "notFound" });
    const [resident] = await createResidents(1);
    await expect(addVisit(resident, input, undefined, during)).rejects.toMatchObject({ code: "notFound" });
    // a deputy of the station who is not on duty may read the session but not log it
    const offDuty = { ...w.deputy, deputyId: w.deputies[2].id };
    await expect(addVisit(offDuty, input, undefined, during)).rejects.toMatchObject({ code: "forbidden" });
    expect(await addVisit(w.admin, input, undefined, during)).toHaveProperty("id");
  });
});

describe("swapping duty", () => {
  it("a deputy on duty asks, the station admin approves, and the duty list changes", async () => {
    const { requestSwap, decideSwap } = await import("@/lib/reception/swap");
    const w = await createReceptionWorld({ deputies: 3 });
    const other = await createReceptionWorld();
    const [a, b, c] = w.deputies;
    // only a deputy on duty may ask, and only for a deputy of the station who is not on duty
    const offDuty = { ...w.deputy, deputyId: c.id };
    await expect(
      requestSwap(offDuty, { sessionId: w.session.id, toDeputyId: a.id, reason: "临时出差两天" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      requestSwap(w.deputy, { sessionId: w.session.id, toDeputyId: b.id, reason: "临时出差两天" }),
    ).rejects.toMatchObject({ messageKey: "swap.notAvailable" });
    const r = await requestSwap(w.deputy, { sessionId: w.session.id, toDeputyId: c.id, reason: "临时出差两天" });
    await expect(
      requestSwap(w.deputy, { sessionId: w.session.id, toDeputyId: c.id, reason: "临时出差两天" }),
    ).rejects.toMatchObject({ messageKey: "swap.pending" });
    // another station's admin cannot decide it
    await expect(decideSwap(other.admin, { requestId: r.id, decision: "approve" })).rejects.toMatchObject({
      code: "notFound",
    });
    await decideSwap(w.admin, { requestId: r.id, decision: "approve" });
    const duty = await db.sessionDeputy.findMany({ where: { sessionId: w.session.id }, orderBy: { deputyId: "asc" } });
    expect(duty.map((d) => d.deputyId)).toEqual([b.id, c.id].sort((x, y) => x - y));
    await expect(decideSwap(w.admin, { requestId: r.id, decision: "reject" })).rejects.toMatchObject({ code: "stale" });
  });
});

describe("the session work view", () => {
  it("shows a session to its station's admin, staff of the region and the deputies on duty only (S1)", async () => {
    const { getSessionWork } = await import("@/lib/reception/queries");
    const w = await createReceptionWorld({ deputies: 3 });
    const other = await createReceptionWorld();
    const [resident] = await createResidents(1);
    expect(await getSessionWork(other.admin, w.session.id)).toBeNull();
    expect(await getSessionWork(other.staff, w.session.id)).toBeNull();
    expect(await getSessionWork(resident, w.session.id)).toBeNull();
    expect(await getSessionWork({ ...w.deputy, deputyId: w.deputies[2].id }, w.session.id)).toBeNull();
    expect((await getSessionWork(w.admin, w.session.id))?.may).toMatchObject({
      manage: true,
      checkIn: true,
      log: true,
      swap: false,
    });
    expect((await getSessionWork(w.staff, w.session.id))?.may).toMatchObject({
      manage: true,
      checkIn: true,
      log: false,
    });
    expect((await getSessionWork(w.deputy, w.session.id))?.may).toMatchObject({
      manage: false,
      checkIn: false,
      log: true,
      swap: true,
    });
  });
});
