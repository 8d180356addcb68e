import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acceptSuggestion, declineSuggestion, mergeSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { recordContact, sendCoOpinion, unitAccept } from "@/lib/suggestions/unit-actions";
import { unitReturn } from "@/lib/suggestions/returns";
import { submitReply } from "@/lib/suggestions/reply";
import { markFollowUpSolved, sendBackForRework, sendReply } from "@/lib/suggestions/review";
import { closeUnratedItems, evaluateSuggestion } from "@/lib/suggestions/evaluate";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { WorkCalendar } from "@/lib/calendar/working-days";
import { createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";

const today = () => shanghaiDateOf(new Date());
const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });

async function toReplied(w: LoopWorld, classification: "A" | "B" | "C" | "D" = "A") {
  const id = await submitAs(w);
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [w.coUnit.id] });
  await unitAccept(w.leadStaff, await ref(id));
  await recordContact(w.leadStaff, {
    ...(await ref(id)),
    method: "FACE_TO_FACE",
    occurredOn: today(),
    content: "到现场与提出人面谈",
  });
  await submitReply(w.leadStaff, {
    ...(await ref(id)),
    classification,
    content: "已安排路灯维修，本周内修复。",
    ...(classification === "B" || classification === "C" ? { nextCheckOn: "2027-03-01" } : {}),
  });
  return id;
}

describe("the closed loop", () => {
  it("walks submit → assign → handle → feedback → evaluate, recording every step", async () => {
    const w = await createLoopWorld();
    const id = await submitAs(w);
    await acceptSuggestion(w.staff, await ref(id));
    await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [w.coUnit.id] });
    const assigned = await db.suggestion.findUniqueOrThrow({ where: { id }, include: { assignments: true } });
    expect(assigned.status).toBe("ASSIGNED");
    expect(assigned.assignments.map((a) => a.role).sort()).toEqual(["CO", "LEAD"]);
    // a resident's opinion is closed within 15 working days (no calendar maintained here: weekends only)
    expect(shanghaiDateOf(assigned.dueAt!)).toBe(
      WorkCalendar.weekendsOnly().addWorkingDays(shanghaiDateOf(assigned.assignedAt!), 15),
    );

    await sendCoOpinion(w.coStaff, { ...(await ref(id)), opinion: "协办意见：配合提供电力接入。" });
    await unitAccept(w.leadStaff, await ref(id));
    // no reply before contacting the proposer
    await expect(
      submitReply(w.leadStaff, { ...(await ref(id)), classification: "A", content: "已经修好了路灯，感谢反映。" }),
    ).rejects.toMatchObject({ messageKey: "contactBeforeReply" });
    await recordContact(w.leadStaff, {
      ...(await ref(id)),
      method: "FACE_TO_FACE",
      occurredOn: today(),
      content: "到现场与提出人面谈",
    });
    await submitReply(w.leadStaff, { ...(await ref(id)), classification: "A", content: "已经修好了路灯，感谢反映。" });
    await sendReply(w.staff, await ref(id));
    const fed = await db.suggestion.findUniqueOrThrow({ where: { id } });
    expect(fed).toMatchObject({ status: "FED_BACK", replyClass: "A" });
    await evaluateSuggestion(w.resident, { ...(await ref(id)), result: "SATISFIED", comment: "修得很快" });

    const done = await db.suggestion.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(done).toMatchObject({ status: "CLOSED", closeReason: "SATISFIED" });
    expect(done.events.map((e) => e.action)).toEqual([
      "SUBMIT",
      "ACCEPT",
      "ASSIGN",
      "UNIT_ACCEPT",
      "REPLY",
      "FEED_BACK",
      "EVALUATE",
    ]);
    expect(done.events.every((e, i) => i === 0 || e.fromStatus === done.events[i - 1].toStatus)).toBe(true);
    expect(await db.outboxMessage.count()).toBeGreaterThan(0); // the resident was texted about the reply
  });

  it("opens a second round and a supervision case when the proposer is not satisfied", async () => {
    const w = await createLoopWorld();
    const id = await toReplied(w);
    await sendReply(w.staff, await ref(id));
    await evaluateSuggestion(w.resident, { ...(await ref(id)), result: "UNSATISFIED", comment: "路灯还是不亮" });
    const s = await db.suggestion.findUniqueOrThrow({ where: { id }, include: { assignments: true, cases: true } });
    expect(s).toMatchObject({ status: "HANDLING", round: 2 });
    expect(s.assignments.filter((a) => a.round === 2)).toMatchObject([
      { unitId: w.leadUnit.id, role: "LEAD", status: "ACCEPTED" },
    ]);
    expect(s.cases).toHaveLength(1);
    const days = (s.dueAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThan(36);
  });

  it("keeps B replies on follow-up until staff mark them solved", async () => {
    const w = await createLoopWorld();
    const id = await toReplied(w, "B");
    await sendReply(w.staff, await ref(id));
    expect(await db.followUp.findUniqueOrThrow({ where: { suggestionId: id } })).toMatchObject({
      classification: "B",
      solvedAt: null,
    });
    await markFollowUpSolved(w.staff, await ref(id));
    expect((await db.followUp.findUniqueOrThrow({ where: { suggestionId: id } })).solvedAt).not.toBeNull();
    await expect(markFollowUpSolved(w.staff, await ref(id))).rejects.toMatchObject({ code: "stale" });
  });

  it("sends a reply back for rework before the proposer sees it", async () => {
    const w = await createLoopWorld();
    const id = await toReplied(w);
    await sendBackForRework(w.staff, { ...(await ref(id)), reason: "答复过于简单，请说明维修时间" });
    expect((await db.suggestion.findUniqueOrThrow({ where: { id } })).status).toBe("HANDLING");
    expect((await db.reply.findFirstOrThrow({ where: { suggestionId: id } })).status).toBe("REWORK");
  });

  it("declines with a reason and a referral, and merges duplicates", async () => {
    const w = await createLoopWorld();
    const a = await submitAs(w, "要求调解邻里纠纷");
    await declineSuggestion(w.staff, {
      ...(await ref(a)),
      reason: "属于民事纠纷，不在受理范围",
      referral: "社区人民调解委员会",
    });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: a } })).toMatchObject({
      status: "DECLINED",
      referral: "社区人民调解委员会",
    });

    const first = await submitAs(w);
    const dup = await submitAs(w);
    const target = await db.suggestion.findUniqueOrThrow({ where: { id: first } });
    await mergeSuggestion(w.staff, { ...(await ref(dup)), targetCode: target.trackingCode });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: dup } })).toMatchObject({
      status: "MERGED",
      mergedIntoId: first,
    });
  });

  it("lets the lead unit return a misassigned item, and staff assign it again", async () => {
    const w = await createLoopWorld();
    const id = await submitAs(w);
    await acceptSuggestion(w.staff, await ref(id));
    await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
    await unitReturn(w.leadStaff, { ...(await ref(id)), reason: "不属于本单位职责" });
    expect((await db.suggestion.findUniqueOrThrow({ where: { id } })).status).toBe("ACCEPTED");
    await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.coUnit.id, coUnitIds: [] });
    expect((await db.suggestion.findUniqueOrThrow({ where: { id } })).status).toBe("ASSIGNED");
  });

  it("closes an item left unrated as unrated, once", async () => {
    const w = await createLoopWorld();
    const id = await toReplied(w);
    await sendReply(w.staff, await ref(id));
    const later = new Date(Date.now() + 40 * 86_400_000);
    expect(await closeUnratedItems(later)).toBeGreaterThanOrEqual(1);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CLOSED",
      closeReason: "UNRATED",
    });
    expect(await db.evaluation.count({ where: { suggestionId: id } })).toBe(0);
    expect(await closeUnratedItems(later)).toBe(0);
  });
});

describe("who may do what (S1) and when (R3)", () => {
  it("refuses the wrong role and hides items outside the actor's scope", async () => {
    const w = await createLoopWorld();
    const other = await createLoopWorld();
    const id = await submitAs(w);
    await expect(acceptSuggestion(w.resident, await ref(id))).rejects.toMatchObject({ code: "forbidden" });
    await expect(acceptSuggestion(w.leadStaff, await ref(id))).rejects.toMatchObject({ code: "notFound" });
    await expect(acceptSuggestion(other.staff, await ref(id))).rejects.toMatchObject({ code: "notFound" });
    await expect(evaluateSuggestion(other.resident, { ...(await ref(id)), result: "SATISFIED" })).rejects.toMatchObject(
      { code: "notFound" },
    );
    await acceptSuggestion(w.staff, await ref(id));
    await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
    // a unit that was not assigned the item cannot see it, let alone act
    await expect(unitAccept(w.coStaff, await ref(id))).rejects.toMatchObject({ code: "notFound" });
    await expect(unitAccept(other.leadStaff, await ref(id))).rejects.toMatchObject({ code: "notFound" });
  });

  it("refuses illegal moves with a clear message", async () => {
    const w = await createLoopWorld();
    const id = await submitAs(w);
    await expect(sendReply(w.staff, await ref(id))).rejects.toBeInstanceOf(AppError);
    await expect(evaluateSuggestion(w.resident, { ...(await ref(id)), result: "SATISFIED" })).rejects.toMatchObject({
      messageKey: "illegalTransition",
    });
    await expect(
      assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] }),
    ).rejects.toMatchObject({ messageKey: "illegalTransition" });
  });

  it("lets only one of two staff acting at once win; the other is told it changed", async () => {
    const w = await createLoopWorld();
    const id = await submitAs(w);
    const seen = await ref(id);
    const results = await Promise.allSettled([
      acceptSuggestion(w.staff, seen),
      declineSuggestion(w.staff, { ...seen, reason: "重复反映的问题" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "stale" });
    expect(await db.suggestionEvent.count({ where: { suggestionId: id } })).toBe(2);
  });
});
