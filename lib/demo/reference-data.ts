// Data every install needs and admins later maintain: categories, the 2026 calendar, time-limit rules,
// settings, the duty-point rubric and the professional groups. Inserted with skipDuplicates so a migration
// that already ships some of it does not make the seed fail.
import { CALENDAR_2026_SOURCE, HOLIDAYS_2026, MAKEUP_WORKDAYS_2026 } from "./data/calendar-2026.ts";
import { PROFESSIONAL_GROUPS } from "./data/names.ts";
import { CATEGORIES, type CategoryCode } from "./data/suggestion-templates.ts";
import { must } from "./bulk.ts";
import { dateOnly, dayFromYmd } from "./time.ts";
import type { DueStage, DueUnit, SuggestionKind } from "../generated/prisma/enums.ts";
import type { SeedDb } from "./types.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export const DUE_RULES: readonly { stage: DueStage; kind: SuggestionKind | null; amount: number; unit: DueUnit }[] = [
  { stage: "REPLY", kind: "DEPUTY_SUGGESTION", amount: 3, unit: "MONTHS" },
  { stage: "EXTENDED_REPLY", kind: null, amount: 6, unit: "MONTHS" },
  { stage: "CO_OPINION", kind: null, amount: 1, unit: "MONTHS" },
  { stage: "RETURN", kind: null, amount: 7, unit: "WORKING_DAYS" },
  { stage: "REHANDLE", kind: null, amount: 1, unit: "MONTHS" },
  { stage: "RESPOND", kind: "OPINION", amount: 3, unit: "WORKING_DAYS" },
  { stage: "CLOSE", kind: "OPINION", amount: 15, unit: "WORKING_DAYS" },
  { stage: "RATE", kind: null, amount: 15, unit: "CALENDAR_DAYS" },
];

export const SETTINGS: Record<string, unknown> = {
  yellowLightWorkingDays: 3,
  rateWindowDays: 15,
  publicReceptionDayOfMonth: 15,
  schedulePublishDaysAhead: 3,
  unitRankingMinVolume: 10,
  bookingWaitlistEnabled: true,
};

export const DUTY_POINT_RULES = [
  { code: "RECEPTION", name: "接待选民", points: 5 },
  { code: "SOLVED_ON_SPOT", name: "现场解决问题", points: 5 },
  { code: "INSPECTION_REPORT", name: "视察并提交报告", points: 10 },
  { code: "REPORT_TO_VOTERS", name: "向选民述职", points: 5 },
  { code: "SUGGESTION", name: "提出建议", points: 2 },
  // duty activities beyond receptions (lib/activities/kinds.ts; migration 20261206014932_duty_activities)
  { code: "SURVEY", name: "参加调研", points: 5 },
  { code: "LAW_ENFORCEMENT_CHECK", name: "参加执法检查", points: 8 },
  { code: "GROUP_ACTIVITY", name: "参加专业小组活动", points: 3 },
  { code: "TRAINING", name: "参加培训", points: 2 },
] as const;

export interface ReferenceIds {
  categories: { id: number; code: CategoryCode }[];
  dutyRuleIds: Record<string, number>;
  groupIds: number[];
  counts: Record<string, number>;
}

export async function seedReferenceData(db: SeedDb, now: Date): Promise<ReferenceIds> {
  await db.category.createMany({
    data: CATEGORIES.map((c, i) => ({ code: c.code, name: c.name, sortOrder: (i + 1) * 10 })),
    skipDuplicates: true,
  });
  const categoryRows = await db.category.findMany({ select: { id: true, code: true } });
  const byCode = new Map(categoryRows.map((c) => [c.code, c.id]));
  const categories = CATEGORIES.map((c) => ({ id: must(byCode.get(c.code), `category ${c.code}`), code: c.code }));

  const days: { date: Date; kind: "HOLIDAY" | "WORKDAY"; name: string }[] = [];
  for (const h of HOLIDAYS_2026) {
    for (let d = dayFromYmd(h.from); d <= dayFromYmd(h.to); d++)
      days.push({ date: dateOnly(d), kind: "HOLIDAY", name: h.name });
  }
  for (const m of MAKEUP_WORKDAYS_2026)
    days.push({ date: dateOnly(dayFromYmd(m.date)), kind: "WORKDAY", name: m.name });
  await db.calendarDay.createMany({ data: days, skipDuplicates: true });
  await db.calendarYear.createMany({
    data: [{ year: 2026, source: CALENDAR_2026_SOURCE, maintainedAt: now }],
    skipDuplicates: true,
  });

  // DueDateRule's unique key has nullable columns, which Postgres treats as distinct: check before inserting.
  const existing = await db.dueDateRule.findMany({
    where: { source: null, categoryId: null },
    select: { stage: true, kind: true },
  });
  const have = new Set(existing.map((r) => `${r.stage}:${r.kind ?? ""}`));
  await db.dueDateRule.createMany({
    data: DUE_RULES.filter((r) => !have.has(`${r.stage}:${r.kind ?? ""}`)).map((r) => ({
      ...r,
      source: null,
      categoryId: null,
    })),
  });

  await db.setting.createMany({
    data: Object.entries(SETTINGS).map(([key, value]) => ({
      key,
      value: value as Prisma.InputJsonValue,
      updatedAt: now,
    })),
    skipDuplicates: true,
  });
  await db.dutyPointRule.createMany({ data: DUTY_POINT_RULES.map((r) => ({ ...r })), skipDuplicates: true });
  const rules = await db.dutyPointRule.findMany({ select: { id: true, code: true } });
  const dutyRuleIds = Object.fromEntries(rules.map((r) => [r.code, r.id]));

  await db.professionalGroup.createMany({ data: PROFESSIONAL_GROUPS.map((name) => ({ name })), skipDuplicates: true });
  const groups = await db.professionalGroup.findMany({
    where: { name: { in: [...PROFESSIONAL_GROUPS] } },
    select: { id: true, name: true },
  });
  const groupByName = new Map(groups.map((g) => [g.name, g.id]));
  const groupIds = PROFESSIONAL_GROUPS.map((n) => must(groupByName.get(n), `group ${n}`));

  return {
    categories,
    dutyRuleIds,
    groupIds,
    counts: {
      categories: categories.length,
      calendarDays: days.length,
      dueDateRules: DUE_RULES.length,
      settings: Object.keys(SETTINGS).length,
      dutyPointRules: DUTY_POINT_RULES.length,
      professionalGroups: groupIds.length,
    },
  };
}
