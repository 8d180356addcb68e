// No clashes (decision 0069): a deputy is on duty at one place at a time — a manual schedule, a swap and the
// rota are refused or planned around another station's duty, and the database refuses an overlap written past
// the application.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { shanghaiDateOf, toDbDate } from "@/lib/calendar/civil-date";
import { invalidateCalendarCache } from "@/lib/calendar/load-calendar";
import { createActivity } from "@/lib/activities/record-activity";
import { cancelSession, createSession } from "@/lib/reception/manage-sessions";
import { generateRota } from "@/lib/reception/rota";
import { decideSwap, requestSwap } from "@/lib/reception/swap";
import { DAYS_2026, sh } from "../unit/calendar-2026.fixture";
import { createReceptionWorld } from "../factories/reception";
import { ensureDueRules } from "../factories/loop";

beforeAll(async () => {
  if ((await db.calendarYear.count({ where: { year: 2026 } })) === 0) {
    await db.calendarDay.createMany({
      data: DAYS_2026.map(([date, kind]) => ({ date: toDbDate(date), kind, name: kind })),
    });
    await db.calendarYear.create({ data: { year: 2026, source: "test" } });
  }
  await invalidateCalendarCache();
  await ensureDueRules();
});

const inDays = (n: number) => shanghaiDateOf(new Date(Date.now() + n * 86_400_000));
const slot = (stationId: number, deputyIds: number[], date: string, startTime: string, endTime: string) => ({
  stationId,
  date,
  startTime,
  endTime,
  theme: "老旧小区改造",
  capacity: "8",
  deputyIds: deputyIds.join(","),
});

/** Two stations of different regions sharing deputies: `shared` of A's deputies also sit at B. */
async function twoStations(shared = 1) {
  const a = await createReceptionWorld();
  const b = await createReceptionWorld();
  for (const d of a.deputies.slice(0, shared))
    await db.stationDeputy.create({ data: { stationId: b.station.id, deputyId: d.id } });
  return { a, b };
}

const refusedFor = async (userId: number, action: string) =>
  db.auditEvent.count({ where: { actorId: userId, action, result: "DENIED" } });

describe("a deputy on duty at two places at once", () => {
  it("refuses a manual schedule that overlaps another station's session, naming it; back to back is fine", async () => {
    const { a, b } = await twoStations();
    const [shared, a1] = a.deputies;
    const day = inDays(10);
    await createSession(a.admin, slot(a.station.id, [shared.id, a1.id], day, "09:00", "11:30"));

    const before = await db.receptionSession.count({ where: { stationId: b.station.id } });
    const refused = createSession(b.admin, slot(b.station.id, [shared.id, b.deputies[0].id], day, "10:00", "12:00"));
    await expect(refused).rejects.toMatchObject({
      code: "conflict",
      messageKey: "session.dutyClash",
      params: {
        deputy: shared.name,
        place: a.station.name,
        address: a.station.address,
        time: expect.stringMatching(/09:00–11:30$/),
      },
    });
    expect(await db.receptionSession.count({ where: { stationId: b.station.id } })).toBe(before);
    expect(await refusedFor(b.admin.id, "session.create")).toBe(1);

    // 11:30 is when the other ends: no overlap.
    const after = await createSession(
      b.admin,
      slot(b.station.id, [shared.id, b.deputies[0].id], day, "11:30", "13:00"),
    );
    expect(after).toHaveProperty("id");
  });

  it("does not count a cancelled session", async () => {
    const { a, b } = await twoStations();
    const [shared, a1] = a.deputies;
    const day = inDays(11);
    const first = await createSession(a.admin, slot(a.station.id, [shared.id, a1.id], day, "14:00", "16:00"));
    const clash = slot(b.station.id, [shared.id, b.deputies[0].id], day, "15:00", "17:00");
    await expect(createSession(b.admin, clash)).rejects.toMatchObject({ messageKey: "session.dutyClash" });
    await cancelSession(a.admin, { sessionId: first.id, reason: "场地临时维修，改期举行" });
    expect(await createSession(b.admin, clash)).toHaveProperty("id");
  });

  it("is refused by the database itself: a second duty row, or a session moved onto another", async () => {
    const { a, b } = await twoStations();
    const [shared, a1] = a.deputies;
    const day = inDays(12);
    await createSession(a.admin, slot(a.station.id, [shared.id, a1.id], day, "09:00", "11:00"));
    const other = await createSession(
      b.admin,
      slot(b.station.id, [b.deputies[0].id, shared.id], day, "13:00", "15:00"),
    );
    const moved = await db.receptionSession.findUniqueOrThrow({ where: { id: other.id } });
    // Moved to 10:00 with the shared deputy on it: overlaps A's 09:00–11:00.
    await expect(
      db.receptionSession.update({
        where: { id: other.id },
        data: { startsAt: new Date(moved.startsAt.getTime() - 3 * 3_600_000) },
      }),
    ).rejects.toThrow(/deputy_duty_clash/);
    const third = await createSession(
      b.admin,
      slot(b.station.id, [b.deputies[1].id, b.deputies[2].id], day, "10:00", "11:00"),
    );
    await expect(db.sessionDeputy.create({ data: { sessionId: third.id, deputyId: shared.id } })).rejects.toThrow(
      /deputy_duty_clash/,
    );
    // Two transactions writing the same deputy at once: one wins, the other is refused.
    const fourth = await createSession(
      b.admin,
      slot(b.station.id, [b.deputies[1].id, b.deputies[2].id], day, "16:00", "17:00"),
    );
    const fifth = await createSession(
      a.admin,
      slot(a.station.id, [a.deputies[1].id, a.deputies[2].id], day, "16:30", "17:30"),
    );
    const results = await Promise.allSettled([
      db.sessionDeputy.create({ data: { sessionId: fourth.id, deputyId: shared.id } }),
      db.sessionDeputy.create({ data: { sessionId: fifth.id, deputyId: shared.id } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("refuses a swap to a deputy on duty elsewhere at that hour, when asked and when approved", async () => {
    const { a, b } = await twoStations(0);
    const [b0, b1] = b.deputies;
    // b0 also sits at A, so A's deputy may hand a session to them.
    await db.stationDeputy.create({ data: { stationId: a.station.id, deputyId: b0.id } });
    const day = inDays(13);
    const atA = await createSession(
      a.admin,
      slot(a.station.id, [a.deputies[0].id, a.deputies[1].id], day, "09:00", "11:30"),
    );
    await createSession(b.admin, slot(b.station.id, [b0.id, b1.id], day, "11:00", "12:00"));
    await expect(
      requestSwap(a.deputy, { sessionId: atA.id, toDeputyId: b0.id, reason: "临时出差两天" }),
    ).rejects.toMatchObject({
      messageKey: "session.dutyClash",
      params: { deputy: b0.name, place: b.station.name, time: expect.stringMatching(/11:00–12:00$/) },
    });
    expect(await refusedFor(a.deputy.id, "session.swapRequest")).toBe(1);

    // Asked while free; B puts the deputy on duty at the same hour before A's admin decides.
    const later = inDays(14);
    const atA2 = await createSession(
      a.admin,
      slot(a.station.id, [a.deputies[0].id, a.deputies[1].id], later, "09:00", "11:30"),
    );
    const r = await requestSwap(a.deputy, { sessionId: atA2.id, toDeputyId: b0.id, reason: "临时出差两天" });
    await createSession(b.admin, slot(b.station.id, [b0.id, b1.id], later, "10:00", "12:00"));
    await expect(decideSwap(a.admin, { requestId: r.id, decision: "approve" })).rejects.toMatchObject({
      messageKey: "session.dutyClash",
      params: { deputy: b0.name, place: b.station.name },
    });
    expect(await db.sessionSwapRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: "PENDING" });
    const onDuty = await db.sessionDeputy.findMany({ where: { sessionId: atA2.id }, select: { deputyId: true } });
    expect(onDuty.map((d) => d.deputyId).sort()).toEqual([a.deputies[0].id, a.deputies[1].id].sort());
  });

  it("plans a month's rota for two stations sharing deputies without an overlap", async () => {
    const { a, b } = await twoStations(2);
    const rota = (stationId: number) => ({
      stationId,
      month: "2026-11",
      days: "3,10,17,24",
      startTime: "09:00",
      durationMinutes: "150",
      capacity: "8",
      theme: "代表接待日",
    });
    const now = sh("2026-10-01 10:00");
    expect(await generateRota(a.admin, rota(a.station.id), undefined, now)).toMatchObject({ created: 4 });
    expect(await generateRota(b.admin, rota(b.station.id), undefined, now)).toMatchObject({
      created: 4,
      shortOfDeputies: false,
    });
    const duties = await db.sessionDeputy.findMany({
      where: {
        session: {
          stationId: { in: [a.station.id, b.station.id] },
          startsAt: { gte: sh("2026-11-01"), lt: sh("2026-12-01") },
        },
      },
      select: { deputyId: true, session: { select: { stationId: true, startsAt: true, endsAt: true } } },
    });
    expect(duties.filter((d) => d.session.stationId === b.station.id)).toHaveLength(8);
    const overlaps = duties.filter((x) =>
      duties.some(
        (y) =>
          x !== y &&
          x.deputyId === y.deputyId &&
          x.session.startsAt < y.session.endsAt &&
          y.session.startsAt < x.session.endsAt,
      ),
    );
    expect(overlaps).toEqual([]);
  });
});

describe("duty activities count as duty too", () => {
  it("refuses an activity over a session and a session over an activity, naming the other; so does the database", async () => {
    const w = await createReceptionWorld();
    const [d1, d2] = w.deputies;
    const day = inDays(12);
    await createSession(w.admin, slot(w.station.id, [d1.id, d2.id], day, "09:00", "11:30"));
    const activity = (from: string, to: string, deputyIds: number[]) => ({
      kind: "INSPECTION",
      stationId: String(w.station.id),
      startsAt: `${day}T${from}`,
      endsAt: `${day}T${to}`,
      place: "东河整治现场",
      theme: "河道整治视察",
      deputyIds: deputyIds.map(String),
    });

    // A 视察 over the morning session: refused, the session named, nothing written, the refusal audited.
    await expect(createActivity(w.admin, activity("10:00", "12:00", [d1.id]))).rejects.toMatchObject({
      code: "conflict",
      messageKey: "session.dutyClash",
      params: { deputy: d1.name, place: w.station.name, time: expect.stringMatching(/09:00–11:30$/) },
    });
    expect(await db.dutyActivity.count({ where: { stationId: w.station.id } })).toBe(0);
    expect(await refusedFor(w.admin.id, "activity.create")).toBe(1);

    // In the afternoon it is fine; then a session over it is refused with the activity's place and theme.
    const { id } = await createActivity(w.admin, activity("14:00", "16:00", [d1.id]));
    await expect(
      createSession(w.admin, slot(w.station.id, [d1.id, d2.id], day, "15:00", "16:30")),
    ).rejects.toMatchObject({
      messageKey: "session.dutyClash",
      params: { deputy: d1.name, place: "东河整治现场", address: "河道整治视察" },
    });

    // Past the application: moving the activity onto the session, or adding a busy deputy, is refused.
    const morning = new Date(`${day}T10:00:00+08:00`);
    await expect(db.dutyActivity.update({ where: { id }, data: { startsAt: morning } })).rejects.toThrow(
      /deputy_duty_clash/,
    );
    await db.receptionSession
      .updateMany({
        where: { stationId: w.station.id, startsAt: new Date(`${day}T09:00:00+08:00`) },
        data: { startsAt: new Date(`${day}T14:30:00+08:00`), endsAt: new Date(`${day}T15:30:00+08:00`) },
      })
      .then(
        () => expect.unreachable("a session moved onto the activity must be refused"),
        (err: unknown) => expect(String(err)).toMatch(/deputy_duty_clash/),
      );
    const other = await createActivity(w.admin, activity("17:00", "18:00", [d2.id]));
    await expect(
      db.dutyActivityDeputy.create({ data: { activityId: other.id, deputyId: d1.id } }),
    ).resolves.toMatchObject({ deputyId: d1.id });
    await expect(
      db.$executeRaw`UPDATE "DutyActivity" SET "endsAt" = ${new Date(`${day}T18:00:00+08:00`)},
                     "startsAt" = ${new Date(`${day}T15:30:00+08:00`)} WHERE id = ${other.id}`,
    ).rejects.toThrow(/deputy_duty_clash/);
  });
});
