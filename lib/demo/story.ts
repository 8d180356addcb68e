// Tells the handling history of one suggestion, step by step through the closed loop, with the children each
// step leaves behind (assignments, contact records, replies, evaluations, follow-ups, supervision, events).
// In target mode it stops at a chosen stage; in simulation mode (receptions) it stops at today.
import {
  CO_OPINIONS,
  CONTACT_TEXTS,
  DECLINE_REASONS,
  EVALUATION_COMMENTS,
  EXTENSION_REASONS,
  REPLY_TEXTS,
  RETURN_REASONS,
} from "./data/texts.ts";
import { fill } from "./topics.ts";
import { addMonths, at, DAY, dayOf, endOfDay, HOUR } from "./time.ts";
import { assign, chooseUnit, office, openCase, Story, unitName, unitStaff } from "./story-state.ts";
import { finishStory } from "./story-finish.ts";
import type { Rng } from "./prng.ts";
import type { PlannedAssignment, StorySpec, SuggestionPlan } from "./story-types.ts";
import type { ReplyClass } from "../generated/prisma/enums.ts";

export function tellStory(spec: StorySpec, rng: Rng, limit: number): SuggestionPlan {
  const s = new Story(spec, rng, limit);
  const r = rng;
  const { city } = spec;
  const staff = city.staff;
  const submitter = spec.proposer ?? spec.recordedBy;
  s.move("SUBMIT", "SUBMITTED", submitter, spec.start, null);
  const done = () => finishStory(s);
  if (s.stopsAt("SUBMITTED")) return done();

  let t = office(r, spec.start, r.int(1, 3));
  if (spec.target === "DECLINED" || (spec.target === null && r.chance(0.04))) {
    if (!s.fits(t)) return done();
    const d = r.pick(DECLINE_REASONS);
    s.plan.row.declineReason = d.reason;
    s.plan.row.referral = d.referral;
    s.move("DECLINE", "DECLINED", staff, t, d.reason);
    return done();
  }
  if (spec.target === "MERGED" && spec.mergeInto) {
    s.move("MERGE", "MERGED", staff, t, `与${spec.mergeInto}反映的问题相同，合并办理`);
    return done();
  }

  t = office(r, spec.start, r.int(0, 2));
  if (!s.fits(t)) return done();
  s.move("ACCEPT", "ACCEPTED", staff, t);
  s.plan.row.acceptedAt = new Date(t);
  if (s.stopsAt("ACCEPTED")) return done();

  t = office(r, t, r.int(1, 3));
  if (!s.fits(t)) return done();
  const deputy = spec.kind === "DEPUTY_SUGGESTION";
  let lead = assign(s, spec.forceUnit ?? chooseUnit(s, null), "LEAD", t, 1);
  const coUnit = r.chance(deputy ? 0.4 : 0.2) ? chooseUnit(s, lead.unitId) : null;
  const co = coUnit && coUnit.id !== lead.unitId ? assign(s, coUnit, "CO", t, 1) : null;
  s.move("ASSIGN", "ASSIGNED", staff, t, `交办${unitName(s, lead)}主办${co ? `，${unitName(s, co)}协办` : ""}`);
  s.plan.row.assignedAt = new Date(t);
  if (deputy && r.chance(0.05) && s.past(t + HOUR)) openCase(s, "LEADER_LED", t + HOUR, lead.dueAt.getTime());

  if (!spec.forceUnit && r.chance(0.06)) {
    const tr = office(r, t, r.int(1, 5));
    if (!s.fits(tr)) return done();
    Object.assign(lead, { status: "RETURNED", returnedAt: new Date(tr), returnReason: r.pick(RETURN_REASONS) });
    s.move("RETURN", "ACCEPTED", unitStaff(s, lead), tr, lead.returnReason, false);
    t = office(r, tr, r.int(1, 2));
    if (!s.fits(t)) return done();
    lead = assign(s, chooseUnit(s, lead.unitId, co?.unitId), "LEAD", t, 1);
    s.move("REASSIGN", "ASSIGNED", staff, t, `改交${unitName(s, lead)}主办`, false);
  }
  if (s.stopsAt("ASSIGNED")) return done();

  t = office(r, t, r.int(0, 3));
  if (!s.fits(t)) return done();
  Object.assign(lead, { status: "ACCEPTED", acceptedAt: new Date(t) });
  if (co) Object.assign(co, { status: "ACCEPTED", acceptedAt: new Date(Math.min(t + 2 * HOUR, limit)) });
  s.move("UNIT_ACCEPT", "HANDLING", unitStaff(s, lead), t);
  const unsatisfiedFirst =
    spec.proposer !== null &&
    (spec.target === null ? r.chance(0.07) : spec.targetRound === 2 || (spec.target === "CLOSED" && r.chance(0.07)));

  for (;;) {
    const replyAt = handle(s, lead, s.round === 1 ? co : null, t);
    if (replyAt === null || s.stopsAt("HANDLING")) return done();
    const cls =
      spec.forceClass ??
      r.weighted<ReplyClass>([
        ["A", 55],
        ["B", 25],
        ["C", 10],
        ["D", 10],
      ]);
    s.plan.replies.push({
      unitId: lead.unitId,
      round: s.round,
      classification: cls,
      content: fill(r.pick(REPLY_TEXTS[cls]), { title: spec.topic.title }),
      status: "SUBMITTED",
      createdById: unitStaff(s, lead).id,
      createdAt: new Date(replyAt),
    });
    Object.assign(lead, { status: "REPLIED" });
    if (co && !co.coOpinion)
      Object.assign(co, { coOpinion: r.pick(CO_OPINIONS), coOpinionAt: new Date(replyAt - DAY) });
    if (co) co.status = "OPINION_SENT";
    s.move("REPLY", "REPLIED", unitStaff(s, lead), replyAt, `答复类别：${cls}`, false);
    Object.assign(s.plan.row, { replyClass: cls, repliedAt: new Date(replyAt) });
    if (s.stopsAt("REPLIED")) return done();

    const fb = office(r, replyAt, r.int(1, 3));
    if (!s.fits(fb)) return done();
    Object.assign(s.plan.replies[s.plan.replies.length - 1], { status: "SENT", sentAt: new Date(fb) });
    s.move("FEED_BACK", "FED_BACK", staff, fb);
    s.plan.row.fedBackAt = new Date(fb);
    if (cls === "B" || cls === "C")
      s.plan.followUp = { classification: cls, nextCheckAt: new Date((dayOf(fb) + 90) * DAY) };
    if (s.stopsAt("FED_BACK")) return done();

    const evaluator = spec.proposer ?? spec.recordedBy;
    const evAt = at(dayOf(fb) + r.int(1, 12), r.int(8, 21), r.int(0, 59));
    const unrated = spec.proposer === null ? r.chance(0.35) : r.chance(0.06);
    if (s.round === 1 && unsatisfiedFirst) {
      if (!s.fits(evAt)) return done();
      const comment = r.pick(EVALUATION_COMMENTS.UNSATISFIED);
      s.plan.evaluations.push({
        round: 1,
        evaluatorId: evaluator!.id,
        result: "UNSATISFIED",
        comment,
        createdAt: new Date(evAt),
      });
      s.round = 2;
      s.plan.row.round = 2;
      lead = assign(s, s.units.get(lead.unitId)!, "LEAD", evAt, 2);
      Object.assign(lead, { status: "ACCEPTED", acceptedAt: new Date(evAt) });
      s.move("EVALUATE", "HANDLING", evaluator, evAt, `不满意：${comment}`);
      openCase(s, r.chance(0.3) ? "LEADER_LED" : "KEY", office(r, evAt, 1), lead.dueAt.getTime());
      t = evAt;
      continue;
    }
    if (unrated || !evaluator) {
      const closeAt = at(dayOf(fb) + 16, 2, r.int(0, 30));
      if (!s.fits(closeAt)) return done();
      s.move("AUTO_CLOSE", "CLOSED", null, closeAt, "评价期满未评价，系统自动办结");
      Object.assign(s.plan.row, { closeReason: "UNRATED", closedAt: new Date(closeAt) });
      return done();
    }
    if (!s.fits(evAt)) return done();
    const result = r.chance(s.round === 1 ? 0.78 : 0.6) ? "SATISFIED" : "BASICALLY_SATISFIED";
    const comment = r.chance(0.7) ? r.pick(EVALUATION_COMMENTS[result]) : null;
    s.plan.evaluations.push({ round: s.round, evaluatorId: evaluator.id, result, comment, createdAt: new Date(evAt) });
    s.move("EVALUATE", "CLOSED", evaluator, evAt, comment);
    Object.assign(s.plan.row, { closeReason: result, closedAt: new Date(evAt) });
    return done();
  }
}

/** Handling until the reply: co-unit opinion, contact with the proposer, an extension now and then. */
function handle(s: Story, lead: PlannedAssignment, co: PlannedAssignment | null, from: number): number | null {
  const r = s.rng;
  const deputy = s.spec.kind === "DEPUTY_SUGGESTION";
  const due = lead.dueAt.getTime();
  let replyAt =
    s.round === 2
      ? office(r, from, r.int(5, 18))
      : deputy
        ? office(r, from + r.int(20, 75) * DAY, 0)
        : office(r, from, r.int(4, 13));
  if (r.chance(0.1)) replyAt = office(r, due, r.int(1, 8)); // late now and then: urged, sometimes supervised
  if (deputy && s.round === 1 && r.chance(0.12)) {
    const asked = office(r, Math.min(from + r.int(40, 70) * DAY, due - 5 * DAY), 0);
    const decided = office(r, asked, r.int(1, 3));
    const extended = endOfDay(addMonths(dayOf(lead.assignedAt.getTime()), 6));
    if (s.past(asked)) {
      const approved = s.past(decided);
      lead.extension = {
        requestedDueAt: new Date(extended),
        reason: r.pick(EXTENSION_REASONS),
        status: approved ? "APPROVED" : "PENDING",
        requestedById: unitStaff(s, lead).id,
        decidedById: approved ? s.spec.city.staff.id : null,
        decidedAt: approved ? new Date(decided) : null,
        createdAt: new Date(asked),
      };
      if (approved) {
        lead.dueAt = new Date(extended);
        replyAt = Math.max(replyAt, office(r, due + r.int(5, 40) * DAY, 0));
      }
    }
  }
  const contactAt = from + Math.floor((replyAt - from) * r.float(0.3, 0.8));
  if (s.past(contactAt)) {
    const method = r.chance(0.7) ? "FACE_TO_FACE" : "PHONE";
    s.plan.records.push({
      unitId: lead.unitId,
      authorId: unitStaff(s, lead).id,
      kind: "CONTACT",
      contactMethod: method,
      occurredAt: new Date(contactAt),
      content: r.pick(CONTACT_TEXTS[method]),
      createdAt: new Date(Math.min(contactAt + r.int(1, 6) * HOUR, s.limit)),
    });
  }
  if (co && co.status !== "RETURNED") {
    const opinionAt = Math.min(from + r.int(3, 20) * DAY, replyAt - DAY);
    if (s.past(opinionAt) && opinionAt > from)
      Object.assign(co, { status: "OPINION_SENT", coOpinion: r.pick(CO_OPINIONS), coOpinionAt: new Date(opinionAt) });
  }
  return s.fits(replyAt) ? replyAt : null;
}
