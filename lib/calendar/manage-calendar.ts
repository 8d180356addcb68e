// Admins (and committee staff) maintain the working-day calendar: the official holidays and make-up working days
// (调休) of a year, and whether the year's schedule is complete ("maintained"). Until a year is maintained its
// exception days are ignored and the portal counts weekends only (see WorkCalendar), so entering a schedule
// day by day never half-applies it. Every change is checked (S1), validated, audited (S9) and drops the cache.
import { z } from "zod";
import { choice, integer, text } from "../validation/fields.ts";
import { db, type Tx } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { assertCan } from "../auth/guard.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { dayNumber, fromDbDate, toDbDate, weekdayOf, yearOf, type CivilDate } from "./civil-date.ts";
import { invalidateCalendarCache } from "./load-calendar.ts";

/** The years the portal lets an admin maintain; far outside them is a typo. */
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2099;
export const CALENDAR_NAME_MAX = 30;
export const CALENDAR_SOURCE_MAX = 200;

const isRealDate = (s: string) => {
  try {
    dayNumber(s);
    return true;
  } catch {
    return false;
  }
};

const civilDate = z
  .string({ error: "calendarDateFormat" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "calendarDateFormat", abort: true })
  .refine(isRealDate, { error: "calendarDateFormat", abort: true })
  .refine((d) => yearOf(d) >= CALENDAR_MIN_YEAR && yearOf(d) <= CALENDAR_MAX_YEAR, { error: "calendarYearRange" });

const year = integer(CALENDAR_MIN_YEAR, CALENDAR_MAX_YEAR, "calendarYearRange");

const isWeekend = (date: CivilDate) => {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
};

export const saveDaySchema = z
  .strictObject({
    date: civilDate,
    kind: choice(["HOLIDAY", "WORKDAY"], "calendarKindRequired"),
    name: text({ min: 1, max: CALENDAR_NAME_MAX, tooShort: "calendarNameRequired", tooLong: "calendarNameTooLong" }),
  })
  .superRefine((v, ctx) => {
    if (!isRealDate(v.date)) return; // reported on the field already
    // An exception that changes nothing would only confuse the list and the count.
    if (v.kind === "HOLIDAY" && isWeekend(v.date))
      ctx.addIssue({ code: "custom", path: ["date"], message: "calendarHolidayOnWeekend" });
    if (v.kind === "WORKDAY" && !isWeekend(v.date))
      ctx.addIssue({ code: "custom", path: ["date"], message: "calendarWorkdayOnWeekday" });
  });

export const removeDaySchema = z.strictObject({ date: civilDate });

export const markYearSchema = z.strictObject({
  year,
  source: text({
    min: 1,
    max: CALENDAR_SOURCE_MAX,
    tooShort: "calendarSourceRequired",
    tooLong: "calendarSourceTooLong",
  }),
});

export const unmarkYearSchema = z.strictObject({ year });

async function assertMayManage(actor: Actor, client?: ClientInfo) {
  await assertCan(actor, "calendar.manage", undefined, { target: { type: "Calendar", id: "calendar" }, client });
}

async function change<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.$transaction(work);
  await invalidateCalendarCache();
  return result;
}

/** Adds an exception day, or changes the kind or name of one already entered. */
export async function saveCalendarDay(actor: Actor, raw: unknown, client?: ClientInfo) {
  await assertMayManage(actor, client);
  const { date, kind, name } = saveDaySchema.parse(raw);
  return change(async (tx) => {
    const before = await tx.calendarDay.findUnique({
      where: { date: toDbDate(date) },
      select: { kind: true, name: true },
    });
    const row = await tx.calendarDay.upsert({
      where: { date: toDbDate(date) },
      create: { date: toDbDate(date), kind, name },
      update: { kind, name },
    });
    await recordAudit(
      {
        actor,
        action: before ? "calendar.day.update" : "calendar.day.create",
        result: "SUCCESS",
        client,
        target: { type: "CalendarDay", id: date },
        detail: { kind, name, ...(before ? { before } : {}) },
      },
      tx,
    );
    return { date: fromDbDate(row.date), kind: row.kind, name: row.name };
  });
}

/** Removes an exception day; the date becomes an ordinary weekday or weekend day again. */
export async function removeCalendarDay(actor: Actor, raw: unknown, client?: ClientInfo) {
  await assertMayManage(actor, client);
  const { date } = removeDaySchema.parse(raw);
  await change(async (tx) => {
    const before = await tx.calendarDay.findUnique({
      where: { date: toDbDate(date) },
      select: { kind: true, name: true },
    });
    if (!before) throw new AppError("notFound", "calendarDayGone");
    await tx.calendarDay.delete({ where: { date: toDbDate(date) } });
    await recordAudit(
      {
        actor,
        action: "calendar.day.remove",
        result: "SUCCESS",
        client,
        target: { type: "CalendarDay", id: date },
        detail: { before },
      },
      tx,
    );
  });
}

/** Marks a year's schedule as entered: from now on its exception days count. Again: updates the source. */
export async function markCalendarYearMaintained(actor: Actor, raw: unknown, client?: ClientInfo) {
  await assertMayManage(actor, client);
  const input = markYearSchema.parse(raw);
  await change(async (tx) => {
    const before = await tx.calendarYear.findUnique({ where: { year: input.year }, select: { source: true } });
    const data = { source: input.source, maintainedAt: new Date(), maintainedById: actor.id };
    await tx.calendarYear.upsert({ where: { year: input.year }, create: { year: input.year, ...data }, update: data });
    await recordAudit(
      {
        actor,
        action: "calendar.year.maintain",
        result: "SUCCESS",
        client,
        target: { type: "CalendarYear", id: input.year },
        detail: { source: input.source, ...(before ? { before } : {}) },
      },
      tx,
    );
  });
}

/** Takes a year back to weekends only (e.g. a schedule entered by mistake); its days stay for later. */
export async function markCalendarYearUnmaintained(actor: Actor, raw: unknown, client?: ClientInfo) {
  await assertMayManage(actor, client);
  const input = unmarkYearSchema.parse(raw);
  await change(async (tx) => {
    const before = await tx.calendarYear.findUnique({ where: { year: input.year }, select: { source: true } });
    if (!before) return; // already not maintained: nothing changes, nothing to record
    await tx.calendarYear.delete({ where: { year: input.year } });
    await recordAudit(
      {
        actor,
        action: "calendar.year.unmaintain",
        result: "SUCCESS",
        client,
        target: { type: "CalendarYear", id: input.year },
        detail: { before },
      },
      tx,
    );
  });
}

export type CalendarYearView = {
  year: number;
  maintained: { source: string; maintainedAt: Date } | null;
  days: { date: CivilDate; weekday: number; kind: "HOLIDAY" | "WORKDAY"; name: string }[];
};

/** What the calendar page shows for a year: its exception days (entered, whether or not yet in force). */
export async function loadCalendarYear(actor: Actor, y: number): Promise<CalendarYearView> {
  if (!can(actor, "calendar.manage")) throw new AppError("forbidden");
  const valid = year.parse(y);
  const [row, days] = await Promise.all([
    db.calendarYear.findUnique({ where: { year: valid }, select: { source: true, maintainedAt: true } }),
    db.calendarDay.findMany({
      where: { date: { gte: toDbDate(`${valid}-01-01`), lt: toDbDate(`${valid + 1}-01-01`) } },
      orderBy: { date: "asc" },
      select: { date: true, kind: true, name: true },
    }),
  ]);
  return {
    year: valid,
    maintained: row,
    days: days.map((d) => {
      const date = fromDbDate(d.date);
      return { date, weekday: weekdayOf(date), kind: d.kind, name: d.name };
    }),
  };
}
