// ~300 suggestions per size unit over every stage of the loop, generated and written in chunks so memory
// stays flat at a million rows. Order: the demo accounts' own items, reception visits, then the rest.
import { insertPlans, type ChunkCounts } from "./suggestion-insert.ts";
import {
  extraWeeks,
  originPlan,
  placeStory,
  receptionPlan,
  regularSpec,
  TARGETS,
  type SpecOverrides,
} from "./suggestion-plan.ts";
import { publicCode, Rng } from "./prng.ts";
import type { ReceptionLead } from "./sessions.ts";
import type { StorySpec, SuggestionPlan } from "./story-types.ts";
import type { SeedContext } from "./types.ts";

const CHUNK = 2000;
const PAIR_TARGETS = TARGETS.filter(([t]) => !["SUBMITTED", "DECLINED", "MERGED"].includes(t));

export async function seedSuggestions(ctx: SeedContext, leads: ReceptionLead[], perSize: number) {
  const demoJobs = demoOverrides(ctx);
  const regular = Math.max(0, perSize * ctx.size - demoJobs.length - leads.length);
  const total = demoJobs.length + leads.length + regular;
  const keys = [
    "suggestions",
    "suggestionEvents",
    "assignments",
    "urges",
    "extensionRequests",
    "handlingRecords",
    "replies",
    "evaluations",
    "followUps",
    "supervisionCases",
    "supervisionNotes",
    "receptionVisits",
    "dutyPointEntries",
  ];
  const counts: ChunkCounts = Object.fromEntries(keys.map((k) => [k, 0])); // fixed order for the printed summary
  const byStatus: Record<string, number> = {};
  let codeIndex = 0;
  const nextCode = () => publicCode(codeIndex++, "suggestion");

  // Generating a chunk is CPU work and writing one is mostly waiting for the database: overlap the two.
  let writing: Promise<void> = Promise.resolve();
  for (let from = 0, chunkNo = 0; from < total; from += CHUNK, chunkNo++) {
    const r = Rng.stream(`suggestions:${chunkNo}`);
    const plans: SuggestionPlan[] = [];
    for (let job = from; job < Math.min(total, from + CHUNK); job++) {
      if (job < demoJobs.length) {
        const spec = regularSpec(r, ctx, ctx.cities[0], nextCode(), demoJobs[job]);
        plans.push(placeStory(spec, r, ctx.limit, 0));
      } else if (job < demoJobs.length + leads.length) {
        plans.push(receptionPlan(r, ctx, leads[job - demoJobs.length], nextCode()));
      } else {
        const city = ctx.cities[job % ctx.size];
        if (r.chance(0.025)) {
          const spec = regularSpec(r, ctx, city, nextCode(), {
            deputy: true,
            target: r.weighted(PAIR_TARGETS),
            targetRound: 1,
          });
          const title = spec.topic.title;
          spec.topic = { ...spec.topic, title: title.startsWith("关于") ? title : `关于${title}的建议`.slice(0, 100) };
          const derived = placeStory(spec, r, ctx.limit, extraWeeks(r, spec));
          plans.push(derived, originPlan(r, ctx, derived, spec, title, nextCode()));
          continue;
        }
        const spec = regularSpec(r, ctx, city, nextCode());
        if (spec.target === "MERGED") chooseMergeTarget(r, spec, plans);
        plans.push(placeStory(spec, r, ctx.limit, extraWeeks(r, spec)));
      }
    }
    await writing;
    writing = insertPlans(ctx, plans, counts).then(() => {
      for (const p of plans) byStatus[p.row.status] = (byStatus[p.row.status] ?? 0) + 1;
      ctx.log(`suggestions: ${counts.suggestions} of ~${total}`);
    });
  }
  await writing;
  return { counts, byStatus };
}

function chooseMergeTarget(r: Rng, spec: StorySpec, plans: SuggestionPlan[]) {
  const open = plans.filter(
    (p) => !p.mergeInto && p.row.status !== "MERGED" && p.row.status !== "DECLINED" && p.row.regionId !== undefined,
  );
  const same = open.filter((p) => p.row.categoryId === spec.categoryId);
  const pool = same.length > 0 ? same : open;
  if (pool.length === 0) spec.target = "DECLINED";
  else spec.mergeInto = r.pick(pool).row.trackingCode;
}

/** Items arranged for the demo accounts, so each role finds something to do on its first screen. */
function demoOverrides(ctx: SeedContext): SpecOverrides[] {
  const city = ctx.cities[0];
  const [s0, s1] = ctx.demo.stationIds.map((id) => city.stations.find((s) => s.id === id)!);
  const deputy = city.deputies.find((d) => d.id === ctx.demo.deputyId)!;
  const unit = city.units.find((u) => u.id === ctx.demo.unitId)!;
  const jobs: SpecOverrides[] = [];
  if (ctx.demo.resident) {
    const mine = { demoResident: true, deputy: false } as const;
    jobs.push(
      { ...mine, target: "SUBMITTED", source: "ONLINE" },
      { ...mine, target: "HANDLING", source: "QR", station: s0, targetRound: 1 },
      { ...mine, target: "FED_BACK", source: "ONLINE", forceClass: "A", targetRound: 1 },
      { ...mine, target: "CLOSED", source: "ONLINE", forceClass: "A" },
      { ...mine, target: "DECLINED", source: "ONLINE" },
    );
  }
  jobs.push(
    { deputy, target: "ASSIGNED" },
    { deputy, target: "HANDLING", targetRound: 1 },
    { deputy, target: "FED_BACK", forceClass: "B", targetRound: 1 },
    { deputy, target: "CLOSED" },
    { deputy: false, source: "ONLINE", category: "education", forceUnit: unit, target: "ASSIGNED" },
    {
      deputy: false,
      source: "QR",
      station: s0,
      category: "education",
      forceUnit: unit,
      target: "HANDLING",
      targetRound: 1,
    },
    { deputy: true, category: "education", forceUnit: unit, target: "HANDLING", targetRound: 1 },
    { deputy: false, source: "WALK_IN", station: s0, target: "SUBMITTED" },
    { deputy: false, source: "QR", station: s1, target: "SUBMITTED" },
    { deputy: false, source: "QR", station: s0, target: "ACCEPTED" },
  );
  return jobs;
}
