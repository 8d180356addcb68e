// The public figures of /stats as files anyone may download (开放数据): JSON for programs, CSV for spreadsheets,
// each with the definition of every measure and rate, so a number can be checked and quoted correctly.
// Same data as the page (lib/insight/public-stats.ts): counts only, nothing about any person.
import { CSV_BOM, csvLine } from "../http/csv.ts";
import { MEASURE_KEYS, RATES, rate, type Figures, type MeasureKey, type RateKey } from "./measures.ts";
import type { PublicStats } from "./public-stats.ts";

export type OpenDataLabels = {
  measure: (k: MeasureKey | "avgDaysToReply") => string;
  rate: (k: RateKey) => string;
  /** How the figures are counted (the page's 口径 note). */
  note: string;
  group: { title: string; total: string; month: string; category: string; city: string };
  monthName: (m: number) => string;
  name: string;
  publisher: string;
};

const RATE_KEYS = Object.keys(RATES) as RateKey[];

/** A rate in percent with one decimal, or null when nothing was there to divide by. */
function pct(f: Figures, k: RateKey): number | null {
  const r = rate(f, k);
  return r == null ? null : Math.round(r * 1000) / 10;
}

function withRates(f: Figures) {
  return { ...f, ...Object.fromEntries(RATE_KEYS.map((k) => [k, pct(f, k)])) };
}

export function figuresJson(s: PublicStats, l: OpenDataLabels) {
  return {
    publisher: l.publisher,
    year: s.year,
    computedAt: s.computedAt.toISOString(),
    note: l.note,
    definitions: {
      ...Object.fromEntries([...MEASURE_KEYS, "avgDaysToReply" as const].map((k) => [k, { label: l.measure(k) }])),
      ...Object.fromEntries(RATE_KEYS.map((k) => [k, { label: l.rate(k), percentOf: RATES[k].of, per: RATES[k].per }])),
    },
    totals: withRates(s.totals),
    byMonth: s.byMonth.map((m) => ({ month: m.month, ...withRates(m.figures) })),
    byCategory: s.byCategory.map((c) => ({ name: c.name, ...withRates(c.figures) })),
    byCity: s.byCity.map((c) => ({ name: c.name, ...withRates(c.figures) })),
    rankings: {
      onTimeRate: s.onTimeRanking.map((r) => ({ ...r, rate: Math.round(r.rate * 1000) / 10 })),
      satisfaction: s.satisfactionRanking.map((r) => ({ ...r, rate: Math.round(r.rate * 1000) / 10 })),
    },
  };
}

export function figuresCsv(s: PublicStats, l: OpenDataLabels): string {
  const measures = [...MEASURE_KEYS, "avgDaysToReply" as const];
  const header = [l.group.title, l.name, ...measures.map(l.measure), ...RATE_KEYS.map((k) => `${l.rate(k)}(%)`)];
  const row = (group: string, name: string, f: Figures) =>
    csvLine([group, name, ...measures.map((k) => f[k]), ...RATE_KEYS.map((k) => pct(f, k))]);
  return [
    CSV_BOM,
    csvLine(header),
    row(l.group.total, String(s.year), s.totals),
    ...s.byMonth.map((m) => row(l.group.month, l.monthName(m.month), m.figures)),
    ...s.byCategory.map((c) => row(l.group.category, c.name, c.figures)),
    ...s.byCity.map((c) => row(l.group.city, c.name, c.figures)),
    csvLine([]),
    csvLine([l.note]),
  ].join("");
}
