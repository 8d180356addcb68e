// Who raises what, where, and which stage it has reached: builds the StorySpec for each generated suggestion
// and places its story in time so that it has just reached its target stage by today.
import { encryptPii } from "../crypto/pii.ts";
import { personName } from "./people.ts";
import { at, DAY, MINUTE, WEEK } from "./time.ts";
import { pickTopic } from "./topics.ts";
import { tellStory } from "./story.ts";
import { Story } from "./story-state.ts";
import { finishStory } from "./story-finish.ts";
import type { ReceptionLead } from "./sessions.ts";
import type { Rng } from "./prng.ts";
import type { StorySpec, SuggestionPlan } from "./story-types.ts";
import type { SuggestionSource, SuggestionStatus } from "../generated/prisma/enums.ts";
import type { CityCtx, DeputyCtx, SeedContext, StationCtx } from "./types.ts";

export const TARGETS: readonly (readonly [SuggestionStatus, number])[] = [
  ["SUBMITTED", 6],
  ["ACCEPTED", 4],
  ["ASSIGNED", 6],
  ["HANDLING", 13],
  ["REPLIED", 4],
  ["FED_BACK", 6],
  ["CLOSED", 50],
  ["DECLINED", 6],
  ["MERGED", 4],
];
const RESIDENT_SOURCES: readonly (readonly [SuggestionSource, number])[] = [
  ["ONLINE", 40],
  ["QR", 28],
  ["WALK_IN", 12],
  ["LETTER", 6],
  ["HOTLINE", 14],
];

export type SpecOverrides = Partial<
  Pick<StorySpec, "target" | "targetRound" | "forceUnit" | "forceClass" | "source" | "station">
> & {
  deputy?: DeputyCtx | boolean;
  demoResident?: boolean;
  category?: StorySpec["topic"]["category"];
};

const stationById = (city: CityCtx, id: number) => city.stations.find((s) => s.id === id)!;

export function regularSpec(r: Rng, ctx: SeedContext, city: CityCtx, code: string, o: SpecOverrides = {}): StorySpec {
  const deputy =
    o.deputy === true || (o.deputy === undefined && r.chance(0.22)) ? r.pick(city.deputies) : o.deputy || null;
  let source: SuggestionSource = o.source ?? (deputy ? "DEPUTY" : r.weighted(RESIDENT_SOURCES));
  if (o.demoResident && (source === "WALK_IN" || source === "LETTER" || source === "HOTLINE")) source = "ONLINE";
  let station: StationCtx | null = o.station ?? null;
  if (!station && deputy) station = stationById(city, r.pick(deputy.stationIds));
  if (!station && (source === "QR" || source === "WALK_IN" || (source === "ONLINE" && r.chance(0.5))))
    station = r.pick(city.stations);
  const topic = pickTopic(r, city, station ?? r.pick(city.stations), o.category);
  const resident = o.demoResident
    ? ctx.demo.resident
    : source === "ONLINE" || source === "QR"
      ? r.pick(city.residents)
      : null;
  const onBehalf = !deputy && !resident;
  const target = o.target ?? r.weighted(TARGETS);
  const proposer = deputy ? deputy.user : resident ? { id: resident.id, role: "RESIDENT" as const } : null;
  return {
    code,
    kind: deputy ? "DEPUTY_SUGGESTION" : "OPINION",
    source,
    city,
    station,
    topic,
    categoryId: ctx.categories.find((c) => c.code === topic.category)!.id,
    proposer,
    proposerDeputyId: deputy?.id ?? null,
    proposerName: onBehalf ? personName(r) : null,
    proposerPhoneEnc: onBehalf ? encryptPii(`13${r.int(5, 8)}${r.digits(8)}`) : null,
    recordedBy: onBehalf ? (source === "WALK_IN" && station ? station.admin : city.staff) : null,
    receptionSessionId: null,
    confidential: r.chance(0.04),
    target,
    targetRound:
      o.targetRound ??
      (proposer && (target === "HANDLING" || target === "REPLIED" || target === "FED_BACK") && r.chance(0.12) ? 2 : 1),
    start: at(ctx.today - 1 - r.int(0, target === "SUBMITTED" ? 3 : 6), r.int(7, 22), r.int(0, 59)),
    forceUnit: o.forceUnit,
    forceClass: o.forceClass,
  };
}

/** How many weeks further back than "just reached the stage" a story may sit: old closed items, stuck handling. */
export function extraWeeks(r: Rng, spec: StorySpec): number {
  switch (spec.target) {
    case "HANDLING":
      return spec.kind === "OPINION" ? r.int(0, 6) : r.int(0, 12);
    case "CLOSED":
      return r.int(0, 46);
    case "DECLINED":
    case "MERGED":
      return r.int(0, 40);
    default:
      return 0;
  }
}

/**
 * Replays the story from other starts, in whole weeks so weekdays stay, until its last step falls just before
 * today (holidays change how long a story takes, hence the search), then moves it `extra` weeks further back.
 */
export function placeStory(spec: StorySpec, r: Rng, limit: number, extra: number): SuggestionPlan {
  const tell = (start: number) => {
    const trial = r.clone();
    return { plan: tellStory({ ...spec, start }, trial, limit), trial, start };
  };
  let best = tell(spec.start);
  for (let i = 0; best.plan.lastAt > limit; i++) {
    if (i > 40) throw new Error(`demo seed: could not place suggestion ${spec.code} in time`);
    best = tell(best.start - Math.ceil((best.plan.lastAt - limit) / WEEK) * WEEK);
  }
  for (let i = 0; i < 8 && best.start + WEEK <= spec.start && best.plan.lastAt + WEEK <= limit; i++) {
    const later = tell(best.start + WEEK);
    if (later.plan.lastAt > limit) break;
    best = later;
  }
  if (extra > 0) {
    best = tell(best.start - extra * WEEK);
    while (best.plan.lastAt > limit) best = tell(best.start - WEEK);
  }
  r.state = best.trial.state;
  return best.plan;
}

export function receptionPlan(r: Rng, ctx: SeedContext, lead: ReceptionLead, code: string): SuggestionPlan {
  const { city, station } = lead;
  const byDeputy = !lead.demoResident && lead.deputyIds.length > 0 && r.chance(0.3);
  const deputy = byDeputy ? (city.deputies.find((d) => d.id === r.pick(lead.deputyIds)) ?? null) : null;
  const resident = lead.residentId ? { id: lead.residentId, role: "RESIDENT" as const } : null;
  const spec: StorySpec = {
    code,
    kind: deputy ? "DEPUTY_SUGGESTION" : "OPINION",
    source: "RECEPTION",
    city,
    station,
    topic: lead.topic,
    categoryId: ctx.categories.find((c) => c.code === lead.topic.category)!.id,
    proposer: deputy ? deputy.user : resident,
    proposerDeputyId: deputy?.id ?? null,
    proposerName: !deputy && !resident ? lead.visitorName : null,
    proposerPhoneEnc: null,
    recordedBy: deputy ? null : station.admin,
    receptionSessionId: lead.sessionId,
    confidential: false,
    target: null,
    targetRound: 1,
    start: Math.min(lead.endsAt + r.int(10, 120) * MINUTE, ctx.limit - MINUTE),
  };
  const plan = tellStory(spec, r, ctx.limit);
  plan.visit = {
    sessionId: lead.sessionId,
    bookingId: lead.bookingId,
    visitorName: lead.visitorName,
    raised: lead.topic.content,
    answeredOnSpot: lead.answeredOnSpot,
    createdAt: new Date(lead.visitAt),
  };
  return plan;
}

/**
 * A resident's opinion that a deputy takes up as a formal suggestion: the opinion ends MERGED into the
 * deputy suggestion (so its result flows back to the resident), and the suggestion keeps originId.
 */
export function originPlan(
  r: Rng,
  ctx: SeedContext,
  derived: SuggestionPlan,
  derivedSpec: StorySpec,
  originalTitle: string,
  code: string,
): SuggestionPlan {
  const city = derivedSpec.city;
  const spec: StorySpec = {
    ...regularSpec(r, ctx, city, code, {
      deputy: false,
      source: r.chance(0.5) ? "QR" : "ONLINE",
      station: derivedSpec.station ?? undefined,
    }),
    topic: { ...derivedSpec.topic, title: originalTitle },
    target: "MERGED",
  };
  const raisedAt = new Date(derived.row.submittedAt!).getTime();
  spec.start = raisedAt - r.int(2, 8) * DAY - r.int(1, 8) * 3600_000;
  const s = new Story(spec, r, ctx.limit);
  s.move("SUBMIT", "SUBMITTED", spec.proposer ?? spec.recordedBy, spec.start);
  const accepted = Math.min(spec.start + r.int(2, 30) * 3600_000, raisedAt - 3600_000);
  s.move("ACCEPT", "ACCEPTED", city.staff, accepted);
  s.plan.row.acceptedAt = new Date(accepted);
  const deputyName = city.deputies.find((d) => d.id === derivedSpec.proposerDeputyId)?.name ?? "";
  s.move(
    "RAISE_AS_DEPUTY_SUGGESTION",
    "MERGED",
    city.staff,
    raisedAt,
    `已由${deputyName}代表转为代表建议${derived.row.trackingCode}，办理结果将同步反馈`,
  );
  const plan = finishStory(s);
  plan.mergeInto = derived.row.trackingCode;
  derived.origin = code;
  return plan;
}
