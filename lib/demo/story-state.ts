// The state of one suggestion while its story is told (story.ts), and the steps shared with story-finish.ts:
// assigning a unit, opening a supervision case, finding who acts for a unit.
import { SUPERVISION_REASONS } from "./data/texts.ts";
import { addMonths, addWorkingDays, dayOf, endOfDay, officeMoment } from "./time.ts";
import type { Rng } from "./prng.ts";
import type { PlannedAssignment, StorySpec, SuggestionPlan } from "./story-types.ts";
import type { SuggestionStatus } from "../generated/prisma/enums.ts";
import type { Actor, UnitCtx } from "./types.ts";

export class Story {
  status: SuggestionStatus = "SUBMITTED";
  round = 1;
  plan: SuggestionPlan;
  units = new Map<number, UnitCtx>();

  constructor(
    readonly spec: StorySpec,
    readonly rng: Rng,
    readonly limit: number,
  ) {
    const s = spec;
    this.plan = {
      row: {
        trackingCode: s.code,
        kind: s.kind,
        source: s.source,
        status: "SUBMITTED",
        title: s.topic.title,
        content: s.topic.content,
        categoryId: s.categoryId,
        regionId: s.topic.regionId,
        stationId: s.station?.id ?? null,
        locationText: s.topic.locationText,
        lat: s.station ? (s.station.lat + rng.float(-0.006, 0.006)).toFixed(6) : null,
        lng: s.station ? (s.station.lng + rng.float(-0.006, 0.006)).toFixed(6) : null,
        proposerId: s.proposer?.id ?? null,
        proposerDeputyId: s.proposerDeputyId,
        proposerName: s.proposerName,
        proposerPhoneEnc: s.proposerPhoneEnc,
        recordedById: s.recordedBy?.id ?? null,
        confidential: s.confidential,
        receptionSessionId: s.receptionSessionId,
        submittedAt: new Date(s.start),
      },
      mergeInto: s.mergeInto,
      events: [],
      assignments: [],
      records: [],
      replies: [],
      evaluations: [],
      cases: [],
      lastAt: s.start,
    };
  }

  /** Simulation stops before anything that would happen after today. */
  fits(t: number): boolean {
    return this.spec.target !== null || t <= this.limit;
  }

  stopsAt(status: SuggestionStatus): boolean {
    return this.spec.target === status && this.round === this.spec.targetRound;
  }

  move(
    action: string,
    to: SuggestionStatus,
    actor: Actor | null,
    t: number,
    reason: string | null = null,
    isPublic = true,
  ) {
    this.plan.events.push({
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action,
      fromStatus: action === "SUBMIT" ? null : this.status,
      toStatus: to,
      reason,
      public: isPublic,
      createdAt: new Date(t),
    });
    this.status = to;
    this.plan.lastAt = t;
  }

  /** Rows that are not transitions (records, notes, urges) are kept only if they happened before today. */
  past(t: number): boolean {
    return t <= this.limit;
  }
}

/** A moment in office hours on the k-th working day after t. */
export const office = (r: Rng, t: number, k: number) => officeMoment(t, k, r.int(9, 16), r.int(0, 59));

export function assign(s: Story, unit: UnitCtx, role: "LEAD" | "CO", t: number, round: number): PlannedAssignment {
  s.units.set(unit.id, unit);
  const day = dayOf(t);
  const deputy = s.spec.kind === "DEPUTY_SUGGESTION";
  const due =
    round === 2
      ? addMonths(day, 1)
      : role === "CO"
        ? deputy
          ? addMonths(day, 1)
          : addWorkingDays(day, 10)
        : deputy
          ? addMonths(day, 3)
          : addWorkingDays(day, 15);
  const a: PlannedAssignment = {
    unitId: unit.id,
    role,
    status: "PENDING",
    round,
    dueAt: new Date(endOfDay(due)),
    assignedById: s.spec.city.staff.id,
    assignedAt: new Date(t),
    urges: [],
  };
  s.plan.assignments.push(a);
  return a;
}

export function chooseUnit(s: Story, not: number | null, alsoNot?: number): UnitCtx {
  const { city, station, topic } = s.spec;
  const ok = (u: UnitCtx) => u.id !== not && u.id !== alsoNot;
  const district = station?.districtIdx ?? -1;
  const local = city.units.filter((u) => ok(u) && u.categories.includes(topic.category) && u.districtIdx === district);
  const cityLevel = city.units.filter((u) => ok(u) && u.categories.includes(topic.category) && u.districtIdx === null);
  if (local.length > 0 && s.rng.chance(0.5)) return s.rng.pick(local);
  if (cityLevel.length > 0) return s.rng.pick(cityLevel);
  return s.rng.pick(city.units.filter((u) => ok(u) && u.districtIdx === null));
}

export function openCase(s: Story, level: "ROUTINE" | "KEY" | "LEADER_LED", t: number, dueAt: number) {
  if (!s.past(t) || s.plan.cases.some((c) => c.row.status === "OPEN")) return;
  s.plan.cases.push({
    row: {
      level,
      leaderId: level === "LEADER_LED" ? s.spec.city.leader.id : null,
      reason: SUPERVISION_REASONS[level],
      status: "OPEN",
      dueAt: new Date(dueAt),
      openedById: s.spec.city.staff.id,
      openedAt: new Date(t),
    },
    notes: [],
  });
}

export const unitStaff = (s: Story, a: PlannedAssignment): Actor => s.units.get(a.unitId)!.staff;
export const unitName = (s: Story, a: PlannedAssignment): string => s.units.get(a.unitId)!.name;
