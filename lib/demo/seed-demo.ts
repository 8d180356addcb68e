// The demo data generator: one fictional city per size unit (江州市 first) with its districts, stations,
// deputies, units, accounts, reception sessions and suggestions over every stage of the loop.
// Deterministic: the same size and the same day (Asia/Shanghai) give the same data (apart from the random
// salt inside password hashes and phone-number ciphertexts). Everything generated happens before today.
import { seedAccounts } from "./accounts.ts";
import { seedDeputies } from "./deputies.ts";
import { seedDutyPoints } from "./points.ts";
import { seedReferenceData } from "./reference-data.ts";
import { seedRegions } from "./regions.ts";
import { seedSessions } from "./sessions.ts";
import { seedStations } from "./stations.ts";
import { seedSuggestions } from "./suggestions.ts";
import { at, dayOf, ymd } from "./time.ts";
import { seedUnits } from "./units.ts";
import type { SeedContext, SeedDb } from "./types.ts";
import { refreshInsight } from "../insight/refresh.ts";

export interface SeedOptions {
  /** Scale: ≈30 stations, 150 deputies, 40 residents and 300 suggestions per unit. Default 1. */
  size?: number;
  /** The day the data is generated for (rounded to the day in Asia/Shanghai). Default: now. */
  now?: Date;
  log?: (msg: string) => void;
  /** Suggestions per size unit (default 300): raise it for volume tests without adding cities. */
  suggestionsPerSize?: number;
}

export interface SeedSummary {
  size: number;
  /** The day everything was generated relative to (YYYY-MM-DD, Asia/Shanghai). */
  today: string;
  counts: Record<string, number>;
  suggestionsByStatus: Record<string, number>;
  ms: number;
}

export async function seedDemo(db: SeedDb, opts: SeedOptions = {}): Promise<SeedSummary> {
  // Demo accounts share a published password: never in a production installation, whoever calls this.
  if (process.env.PORTAL_MODE === "production") throw new Error("demo seed refused: PORTAL_MODE is production");
  const size = opts.size ?? 1;
  if (!Number.isInteger(size) || size < 1) throw new Error(`demo seed: size must be a positive integer, got ${size}`);
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const today = dayOf((opts.now ?? new Date()).getTime());
  const setupAt = new Date(at(today - 400, 9, 0)); // "when the system was set up": before every generated event
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const out = await fn();
    log(`${name} (${Date.now() - t0} ms)`);
    return out;
  };

  const reference = await step("categories, calendar 2026, rules, settings", () => seedReferenceData(db, setupAt));
  const regions = await step("regions", () => seedRegions(db, size));
  const ctx: SeedContext = {
    db,
    size,
    today,
    limit: at(today, 0) - 1000,
    log,
    cities: regions.cities,
    categories: reference.categories,
    dutyRuleIds: reference.dutyRuleIds,
    deputyTerms: new Map(),
    demo: { stationIds: [], deputyId: 0, unitId: 0, resident: null },
  };
  const units = await step("handling units", () => seedUnits(db, ctx.cities, setupAt));
  const stations = await step("stations", () => seedStations(db, ctx.cities, setupAt));
  const deputies = await step("deputies", () => seedDeputies(db, ctx.cities, reference.groupIds, today, setupAt));
  for (const d of ctx.cities.flatMap((c) => c.deputies)) ctx.deputyTerms.set(d.id, d.term);
  const accounts = await step("accounts", () => seedAccounts(ctx, setupAt));
  const sessions = await step("reception sessions and bookings", () => seedSessions(ctx));
  const suggestions = await step("suggestions", () =>
    seedSuggestions(ctx, sessions.leads, opts.suggestionsPerSize ?? 300),
  );
  const points = await step("duty points", () => seedDutyPoints(ctx, sessions.attendance));
  await step("dashboard figures", () => refreshInsight(db));

  const counts: Record<string, number> = {
    ...reference.counts,
    regions: regions.count,
    handlingUnits: units,
    stations,
    ...deputies,
    ...accounts,
    ...sessions.counts,
    ...suggestions.counts,
  };
  counts.receptionVisits = sessions.counts.receptionVisits ?? 0; // leads are counted once, in sessions
  counts.dutyPointEntries = (suggestions.counts.dutyPointEntries ?? 0) + points;
  return { size, today: ymd(today), counts, suggestionsByStatus: suggestions.byStatus, ms: Date.now() - started };
}
