// Bad-input corpus, part 2: receptions (booking, sessions, rota, check-in, duty log, swaps, duty rules),
// supervision (cases, urging, follow-up checks, settings, points), the working-day calendar. The checks are in
// bad-input/harness.ts: a Chinese message for the field, no server exception, no row changed.
import { beforeAll, describe, expect, it } from "vitest";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { bookSession } from "@/lib/reception/book-session";
import { checkIn, markNoShow } from "@/lib/reception/check-in";
import { createSession, cancelSession } from "@/lib/reception/manage-sessions";
import { generateRota } from "@/lib/reception/rota";
import { addVisit, closeSession, raiseVisit } from "@/lib/reception/duty-log";
import { requestSwap } from "@/lib/reception/swap";
import { updateDutyRule } from "@/lib/reception/duty-rules";
import { addCaseNote, editCase, openCase } from "@/lib/supervision/cases";
import { urgeManually } from "@/lib/supervision/urge-manually";
import { setNextFollowUpCheck } from "@/lib/supervision/follow-ups";
import { updateSupervisionSettings } from "@/lib/supervision/settings";
import { publishQuarterPoints } from "@/lib/deputies/publish-points";
import { markCalendarYearMaintained, saveCalendarDay } from "@/lib/calendar/manage-calendar";
import type { Actor } from "@/lib/auth/permissions";
import { bookInput, createReceptionWorld, createResidents } from "../factories/reception";
import { actorOf, createLoopWorld, ensureDueRules, submitAs, type LoopWorld } from "../factories/loop";
import { createStaffUser } from "../factories/users";
import { BAD_DATES, BAD_IDS, EMPTYISH_TEXTS, HUGE_TEXT, expectRefused, oneOf, type Case } from "./bad-input/harness";

const client = { ip: "127.0.0.10", userAgent: "vitest" };
let r: Awaited<ReturnType<typeof createReceptionWorld>>;
let resident: Actor;
let loop: LoopWorld;
let item: number;
let admin: Actor;

beforeAll(async () => {
  await ensureDueRules();
  r = await createReceptionWorld();
  [resident] = await createResidents(1);
  loop = await createLoopWorld();
  item = await submitAs(loop, "督办测试事项");
  admin = actorOf(await createStaffUser("SYSTEM_ADMIN"));
});

const inTenDays = () => shanghaiDateOf(new Date(Date.now() + 10 * 86_400_000));
const sessionInput = (over: Record<string, unknown>) => ({
  stationId: String(r.station.id),
  date: inTenDays(),
  startTime: "09:00",
  endTime: "11:30",
  theme: "老旧小区改造",
  capacity: "8",
  deputyIds: r.deputies.map((d) => d.id).join(","),
  ...over,
});
const rotaInput = (over: Record<string, unknown>) => ({
  stationId: String(r.station.id),
  month: "2027-03",
  days: "15",
  startTime: "09:00",
  durationMinutes: "120",
  capacity: "10",
  theme: "代表接待日",
  ...over,
});
const texts = (prefix: string, field: string, run: (v: unknown) => () => Promise<unknown>, take = 10): Case[] =>
  [
    ...EMPTYISH_TEXTS.map(([n, v]): Case => ({ name: `${prefix}: ${field} ${n}`, field, run: run(v) })),
    { name: `${prefix}: ${field} 10,000 characters`, field, run: run(HUGE_TEXT) },
  ].slice(0, take);
const ids = (prefix: string, field: string, run: (v: unknown) => () => Promise<unknown>, pick?: string[]): Case[] =>
  (pick ? oneOf(BAD_IDS, pick) : BAD_IDS).map(([n, v]) => ({ name: `${prefix}: ${field} ${n}`, field, run: run(v) }));
const dates = (prefix: string, field: string, run: (v: string) => () => Promise<unknown>, pick?: string[]): Case[] =>
  (pick ? oneOf(BAD_DATES, pick) : BAD_DATES).map(([n, v]) => ({
    name: `${prefix}: ${field} ${n}`,
    field,
    run: run(v),
  }));

const receptionCases = (): Case[] => [
  // booking (resident)
  ...texts("book", "topic", (topic) => () => bookSession(resident, bookInput(r.session.id, { topic }), client)),
  ...ids(
    "book",
    "sessionId",
    (sessionId) => () => bookSession(resident, bookInput(r.session.id, { sessionId }), client),
    ["int4 overflow", "negative", "non-numeric", "SQL"],
  ),
  {
    name: "book: idempotency key of emoji",
    field: "idempotencyKey",
    run: () => bookSession(resident, bookInput(r.session.id, { idempotencyKey: "🙂".repeat(20) }), client),
  },
  {
    name: "book: waitlist and an unknown key",
    field: "form",
    run: () => bookSession(resident, bookInput(r.session.id, { status: "CONFIRMED" }), client),
  },

  // sessions (station admin)
  ...dates("session", "date", (date) => () => createSession(r.admin, sessionInput({ date }), client)),
  ...["25:00", "9:00", "09:60", "上午"].map((startTime): Case => ({
    name: `session: start time "${startTime}"`,
    field: "startTime",
    run: () => createSession(r.admin, sessionInput({ startTime }), client),
  })),
  ...["0", "201", "2147483648", "-5", "十", "1.5"].map((capacity): Case => ({
    name: `session: capacity "${capacity}"`,
    field: "capacity",
    run: () => createSession(r.admin, sessionInput({ capacity }), client),
  })),
  ...texts("session", "theme", (theme) => () => createSession(r.admin, sessionInput({ theme }), client), 6),
  {
    name: "session: a deputy id past int4",
    field: "deputyIds",
    run: () => createSession(r.admin, sessionInput({ deputyIds: `${r.deputies[0].id},2147483648` }), client),
  },
  ...ids("session", "stationId", (stationId) => () => createSession(r.admin, sessionInput({ stationId }), client), [
    "int4 overflow",
    "zero",
  ]),
  ...texts(
    "cancel session",
    "reason",
    (reason) => () => cancelSession(r.admin, { sessionId: r.session.id, reason }, client),
    5,
  ),

  // rota
  ...["2027-13", "2027-3", "1000-03", "9999-01", "明年三月"].map((month): Case => ({
    name: `rota: month "${month}"`,
    field: "month",
    run: () => generateRota(r.admin, rotaInput({ month }), client),
  })),
  ...["0", "31", "15,16,17,18,19", "a"].map((days): Case => ({
    name: `rota: days "${days}"`,
    field: "days",
    run: () => generateRota(r.admin, rotaInput({ days }), client),
  })),
  ...["10", "100000", "2147483648"].map((durationMinutes): Case => ({
    name: `rota: duration "${durationMinutes}"`,
    field: "durationMinutes",
    run: () => generateRota(r.admin, rotaInput({ durationMinutes }), client),
  })),

  // check-in and no-show
  ...["", "ABC", "ABCDEFGHJ", "\u0000\u0000", "' OR 1=1"].map((code): Case => ({
    name: `check-in: code "${JSON.stringify(code)}"`,
    field: "code",
    run: () => checkIn(r.admin, { sessionId: r.session.id, code }, client),
  })),
  ...ids(
    "no-show",
    "bookingId",
    (bookingId) => () => markNoShow(r.admin, { sessionId: r.session.id, bookingId }, client),
    ["int4 overflow", "non-numeric"],
  ),

  // duty log (deputy)
  ...texts(
    "visit",
    "raised",
    (raised) => () => addVisit(r.deputy, { sessionId: r.session.id, visitorName: "李阿姨", raised }, client),
    6,
  ),
  {
    name: "visit: neither booking nor visitor name",
    field: "visitorName",
    run: () =>
      addVisit(r.deputy, { sessionId: r.session.id, visitorName: "\u200B\u202E", raised: "楼道灯坏了很久" }, client),
  },
  {
    name: "raise visit: title zero-width",
    field: "title",
    run: () =>
      raiseVisit(r.deputy, { visitId: 1, title: "\u200B\u200B\u200B\u200B", categoryId: r.category.id }, client),
  },
  ...texts(
    "close session",
    "summary",
    (summary) => () =>
      closeSession(r.deputy, { sessionId: r.session.id, summary, attendedDeputyIds: String(r.deputies[0].id) }, client),
    5,
  ),
  ...texts(
    "swap",
    "reason",
    (reason) => () => requestSwap(r.deputy, { sessionId: r.session.id, toDeputyId: r.deputies[2].id, reason }, client),
    4,
  ),
  ...["101", "-1", "2147483648", "三"].map((points): Case => ({
    name: `duty rule: points "${points}"`,
    field: "points",
    run: () => updateDutyRule(r.staff, { ruleId: 1, points, active: "yes" }, client),
  })),
  {
    name: "duty rule: active 'maybe'",
    field: "active",
    run: () => updateDutyRule(r.staff, { ruleId: 1, points: "3", active: "maybe" }, client),
  },
];

const supervisionCases = (): Case[] => [
  ...["URGENT", "", "routine"].map((level): Case => ({
    name: `open case: level "${level}"`,
    field: "level",
    run: () => openCase(loop.staff, { suggestionId: item, level, reason: "群众反映强烈，需要重点督办" }, client),
  })),
  ...texts(
    "open case",
    "reason",
    (reason) => () => openCase(loop.staff, { suggestionId: item, level: "KEY", reason }, client),
    5,
  ),
  ...dates(
    "open case",
    "dueOn",
    (dueOn) => () =>
      openCase(loop.staff, { suggestionId: item, level: "KEY", reason: "群众反映强烈，需要重点督办", dueOn }, client),
    ["impossible day", "year 1000", "year 9999", "slashes"],
  ),
  ...ids(
    "open case",
    "leaderId",
    (leaderId) => () =>
      openCase(
        loop.staff,
        { suggestionId: item, level: "LEADER_LED", leaderId, reason: "群众反映强烈，需要重点督办" },
        client,
      ),
    ["int4 overflow", "non-numeric"],
  ),
  ...ids(
    "edit case",
    "caseId",
    (caseId) => () => editCase(loop.staff, { caseId, version: "1", level: "KEY", reason: "调整督办级别" }, client),
    ["int4 overflow", "negative"],
  ),
  ...texts("case note", "content", (content) => () => addCaseNote(loop.staff, { caseId: 1, content }, client), 4),
  {
    name: "urge: note 10,000 characters",
    field: "note",
    run: () => urgeManually(loop.staff, { suggestionId: item, note: HUGE_TEXT }, client),
  },
  ...ids("urge", "suggestionId", (suggestionId) => () => urgeManually(loop.staff, { suggestionId, note: "" }, client), [
    "int4 overflow",
    "hex",
  ]),
  ...dates(
    "follow-up",
    "nextCheckOn",
    (nextCheckOn) => () => setNextFollowUpCheck(loop.staff, { suggestionId: item, nextCheckOn }, client),
    ["impossible day", "year 9999", "not a date"],
  ),
  ...["-1", "31", "2147483648", "abc", "3.5"].map((v): Case => ({
    name: `settings: yellow window "${v}"`,
    field: "yellowLightWorkingDays",
    run: () =>
      updateSupervisionSettings(loop.staff, { yellowLightWorkingDays: v, escalateAfterWorkingDays: "5" }, client),
  })),
  {
    name: "settings: escalation 0 days",
    field: "escalateAfterWorkingDays",
    run: () =>
      updateSupervisionSettings(loop.staff, { yellowLightWorkingDays: "3", escalateAfterWorkingDays: "0" }, client),
  },
  {
    name: "settings: unknown key",
    field: "form",
    run: () =>
      updateSupervisionSettings(
        loop.staff,
        { yellowLightWorkingDays: "3", escalateAfterWorkingDays: "5", urgeAll: "yes" },
        client,
      ),
  },
  ...["1999", "2101", "2147483648"].map((year): Case => ({
    name: `points: year ${year}`,
    field: "year",
    run: () => publishQuarterPoints(loop.staff, { year, quarter: "1" }, client),
  })),
  {
    name: "points: quarter 5",
    field: "quarter",
    run: () => publishQuarterPoints(loop.staff, { year: "2026", quarter: "5" }, client),
  },
];

const calendarCases = (): Case[] => [
  ...dates(
    "calendar day",
    "date",
    (date) => () => saveCalendarDay(admin, { date, kind: "HOLIDAY", name: "春节" }, client),
    ["impossible day", "year 1000", "year 9999", "slashes"],
  ),
  ...texts(
    "calendar day",
    "name",
    (name) => () => saveCalendarDay(admin, { date: "2027-02-08", kind: "HOLIDAY", name }, client),
    6,
  ),
  {
    name: "calendar day: kind 'VACATION'",
    field: "kind",
    run: () => saveCalendarDay(admin, { date: "2027-02-08", kind: "VACATION", name: "春节" }, client),
  },
  ...["1999", "2100", "2147483648", "二〇二七"].map((year): Case => ({
    name: `calendar year: ${year}`,
    field: "year",
    run: () => markCalendarYearMaintained(admin, { year, source: "国务院办公厅通知" }, client),
  })),
  ...texts(
    "calendar year",
    "source",
    (source) => () => markCalendarYearMaintained(admin, { year: "2027", source }, client),
    4,
  ),
];

describe("bad input: receptions, supervision and the calendar (S2)", () => {
  it("has a large corpus", () => {
    expect(receptionCases().length + supervisionCases().length + calendarCases().length).toBeGreaterThanOrEqual(100);
  });

  it("refuses every bad reception input with a Chinese message and changes nothing", async () => {
    for (const c of receptionCases()) await expectRefused(c);
  }, 120_000);

  it("refuses every bad supervision input with a Chinese message and changes nothing", async () => {
    for (const c of supervisionCases()) await expectRefused(c);
  }, 120_000);

  it("refuses every bad calendar input with a Chinese message and changes nothing", async () => {
    for (const c of calendarCases()) await expectRefused(c);
  }, 120_000);
});
