import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadWorkCalendar } from "@/lib/calendar/load-calendar";
import {
  loadCalendarYear,
  markCalendarYearMaintained,
  markCalendarYearUnmaintained,
  removeCalendarDay,
  saveCalendarDay,
} from "@/lib/calendar/manage-calendar";
import { actorOf } from "../factories/loop";
import { createStaffUser } from "../factories/users";

const client = { ip: "127.0.0.3", userAgent: "vitest" };

async function actor(role: Role) {
  return actorOf(await createStaffUser(role));
}

const workingDaysIn = async (year: number) =>
  (await loadWorkCalendar()).workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
const calendarAudits = () =>
  db.auditEvent.findMany({ where: { action: { startsWith: "calendar." } }, orderBy: { id: "asc" } });

describe("maintaining the working-day calendar", () => {
  it("is refused to every role but committee staff and system admins, audited, and writes nothing", async () => {
    for (const role of ["RESIDENT", "DEPUTY", "STATION_ADMIN", "UNIT_STAFF", "LEADER", "AUDITOR"] as const) {
      const a = await actor(role);
      await expect(
        saveCalendarDay(a, { date: "2031-01-01", kind: "HOLIDAY", name: "元旦" }, client),
        role,
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(removeCalendarDay(a, { date: "2031-01-01" }, client), role).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(markCalendarYearMaintained(a, { year: "2031", source: "x" }, client), role).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(markCalendarYearUnmaintained(a, { year: "2031" }, client), role).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(loadCalendarYear(a, 2031), role).rejects.toMatchObject({ code: "forbidden" });
      expect(
        await db.auditEvent.count({ where: { actorId: a.id, action: "permission.denied", result: "DENIED" } }),
        role,
      ).toBe(4);
    }
    expect(
      await db.calendarDay.count({ where: { date: { gte: new Date("2031-01-01"), lt: new Date("2032-01-01") } } }),
    ).toBe(0);
    expect(await db.calendarYear.count({ where: { year: 2031 } })).toBe(0);
    expect(await calendarAudits()).toHaveLength(0);
  });

  it("counts a make-up working day once the year is maintained, with an audit row for each change", async () => {
    const admin = await actor("SYSTEM_ADMIN");
    const staff = await actor("COMMITTEE_STAFF");
    const weekdaysOnly = await workingDaysIn(2032); // cached now: the changes below must drop the cache
    expect(weekdaysOnly).toBe(262); // a leap year that starts on a Thursday

    await saveCalendarDay(admin, { date: "2032-01-01", kind: "HOLIDAY", name: "元旦" }, client);
    await saveCalendarDay(staff, { date: "2032-02-07", kind: "WORKDAY", name: "春节调休上班" }, client);
    // entered but not in force: the year still counts weekends only
    expect(await workingDaysIn(2032)).toBe(262);
    expect((await loadWorkCalendar()).fallbackYears("2032-03-01")).toEqual([2032]);

    await markCalendarYearMaintained(admin, { year: "2032", source: "国务院办公厅2031年11月通知" }, client);
    expect(await workingDaysIn(2032)).toBe(262 - 1 + 1);
    await saveCalendarDay(admin, { date: "2032-10-09", kind: "WORKDAY", name: "国庆节调休上班" }, client);
    expect(await workingDaysIn(2032)).toBe(263);
    expect((await loadWorkCalendar()).isWorkingDay("2032-10-09")).toBe(true);

    // updating a day keeps one row and records what it was
    await saveCalendarDay(admin, { date: "2032-10-09", kind: "WORKDAY", name: "国庆调休" }, client);
    expect(await db.calendarDay.count()).toBe(3);

    await removeCalendarDay(admin, { date: "2032-10-09" }, client);
    expect(await workingDaysIn(2032)).toBe(262);
    await expect(removeCalendarDay(admin, { date: "2032-10-09" }, client)).rejects.toMatchObject({
      code: "notFound",
      messageKey: "calendarDayGone",
    });

    const view = await loadCalendarYear(admin, 2032);
    expect(view.maintained?.source).toBe("国务院办公厅2031年11月通知");
    expect(view.days).toEqual([
      { date: "2032-01-01", weekday: 4, kind: "HOLIDAY", name: "元旦" },
      { date: "2032-02-07", weekday: 6, kind: "WORKDAY", name: "春节调休上班" },
    ]);

    await markCalendarYearUnmaintained(staff, { year: 2032 }, client);
    expect(await workingDaysIn(2032)).toBe(262);
    expect(await db.calendarYear.count({ where: { year: 2032 } })).toBe(0);
    expect(await db.calendarDay.count()).toBe(2); // the days stay for when the year is maintained again

    const audits = await calendarAudits();
    expect(audits.map((a) => [a.action, a.actorId, a.targetType, a.targetId, a.result])).toEqual([
      ["calendar.day.create", admin.id, "CalendarDay", "2032-01-01", "SUCCESS"],
      ["calendar.day.create", staff.id, "CalendarDay", "2032-02-07", "SUCCESS"],
      ["calendar.year.maintain", admin.id, "CalendarYear", "2032", "SUCCESS"],
      ["calendar.day.create", admin.id, "CalendarDay", "2032-10-09", "SUCCESS"],
      ["calendar.day.update", admin.id, "CalendarDay", "2032-10-09", "SUCCESS"],
      ["calendar.day.remove", admin.id, "CalendarDay", "2032-10-09", "SUCCESS"],
      ["calendar.year.unmaintain", staff.id, "CalendarYear", "2032", "SUCCESS"],
    ]);
    expect(audits[4].detail).toMatchObject({ name: "国庆调休", before: { kind: "WORKDAY", name: "国庆节调休上班" } });
    expect(audits[0].ip).toBe("127.0.0.3");
  });

  it("refuses bad input with the field's message and writes nothing", async () => {
    const admin = await actor("SYSTEM_ADMIN");
    const before = await db.auditEvent.count();
    const cases: [() => Promise<unknown>, string, string][] = [
      [
        () => saveCalendarDay(admin, { date: "2033-01-08", kind: "HOLIDAY", name: "周六" }, client),
        "date",
        "calendarHolidayOnWeekend",
      ],
      [
        () => saveCalendarDay(admin, { date: "2033-01-10", kind: "WORKDAY", name: "周一" }, client),
        "date",
        "calendarWorkdayOnWeekday",
      ],
      [
        () => saveCalendarDay(admin, { date: "2033-02-30", kind: "HOLIDAY", name: "x" }, client),
        "date",
        "calendarDateFormat",
      ],
      [
        () => saveCalendarDay(admin, { date: "2033-2-3", kind: "HOLIDAY", name: "x" }, client),
        "date",
        "calendarDateFormat",
      ],
      [
        () => saveCalendarDay(admin, { date: "1999-12-31", kind: "HOLIDAY", name: "x" }, client),
        "date",
        "calendarYearRange",
      ],
      [
        () => saveCalendarDay(admin, { date: "2033-01-10", kind: "REST", name: "x" }, client),
        "kind",
        "calendarKindRequired",
      ],
      [
        () => saveCalendarDay(admin, { date: "2033-01-10", kind: "HOLIDAY", name: "  " }, client),
        "name",
        "calendarNameRequired",
      ],
      [
        () => saveCalendarDay(admin, { date: "2033-01-10", kind: "HOLIDAY", name: "节".repeat(31) }, client),
        "name",
        "calendarNameTooLong",
      ],
      [
        () => saveCalendarDay(admin, { date: "2033-01-10", kind: "HOLIDAY", name: "x", extra: "1" }, client),
        "",
        "unrecognized",
      ],
      [
        () => markCalendarYearMaintained(admin, { year: "2033", source: "" }, client),
        "source",
        "calendarSourceRequired",
      ],
      [() => markCalendarYearMaintained(admin, { year: "33", source: "通知" }, client), "year", "calendarYearRange"],
      [() => markCalendarYearUnmaintained(admin, { year: "abc" }, client), "year", "calendarYearRange"],
    ];
    for (const [run, field, message] of cases) {
      const err = await run().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, `${field} ${message}`).toBeInstanceOf(ZodError);
      const issue = (err as ZodError).issues[0];
      if (field) {
        expect(String(issue.path[0]), message).toBe(field);
        expect(issue.message).toBe(message);
      } else expect(issue.code).toBe("unrecognized_keys");
    }
    expect(
      await db.calendarDay.count({ where: { date: { gte: new Date("2033-01-01"), lt: new Date("2034-01-01") } } }),
    ).toBe(0);
    expect(await db.calendarYear.count({ where: { year: 2033 } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(before);
  });
});
