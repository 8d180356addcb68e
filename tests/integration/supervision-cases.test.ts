// Supervision cases: who sees and changes them (S1), their history, and the cases the loop opens by itself.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { acceptSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { recordContact, unitAccept } from "@/lib/suggestions/unit-actions";
import { submitReply } from "@/lib/suggestions/reply";
import { sendReply } from "@/lib/suggestions/review";
import { evaluateSuggestion } from "@/lib/suggestions/evaluate";
import { addCaseNote, closeCase, editCase, openCase, reopenCase } from "@/lib/supervision/cases";
import { getCaseDetail, listCases } from "@/lib/supervision/case-queries";
import { announceDueFollowUps, listDueFollowUps, setNextFollowUpCheck } from "@/lib/supervision/follow-ups";
import { actorOf, createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";
import { createStaffUser } from "../factories/users";

const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });
const today = () => shanghaiDateOf(new Date());

async function assigned(w: LoopWorld) {
  const id = await submitAs(w);
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
  return id;
}

async function replied(w: LoopWorld, classification: "A" | "B" = "A", nextCheckOn?: string) {
  const id = await assigned(w);
  await unitAccept(w.leadStaff, await ref(id));
  await recordContact(w.leadStaff, {
    ...(await ref(id)),
    method: "PHONE",
    occurredOn: today(),
    content: "电话联系提出人",
  });
  await submitReply(w.leadStaff, {
    ...(await ref(id)),
    classification,
    content: "已经列入今年的维修计划，年底前完成。",
    ...(nextCheckOn ? { nextCheckOn } : {}),
  });
  await sendReply(w.staff, await ref(id));
  return id;
}

async function leaderOf(w: LoopWorld) {
  return actorOf(await createStaffUser("LEADER", { regionId: w.region.id }), { regionPath: w.region.path });
}

describe("supervision cases", () => {
  it("shows a leader only the cases they lead, lets them add instructions, and nothing else", async () => {
    const w = await createLoopWorld();
    const [leader, otherLeader] = [await leaderOf(w), await leaderOf(w)];
    const id = await assigned(w);
    const { id: caseId } = await openCase(w.staff, {
      suggestionId: id,
      level: "LEADER_LED",
      leaderId: String(leader.id),
      reason: "群众反映集中，请领导领衔督办",
      dueOn: "",
    });

    expect((await listCases(leader, {})).rows.map((r) => r.id)).toEqual([caseId]);
    expect((await listCases(otherLeader, {})).rows).toEqual([]);
    await expect(getCaseDetail(otherLeader, caseId)).rejects.toMatchObject({ code: "notFound" });
    await expect(addCaseNote(otherLeader, { caseId, content: "我来看看" })).rejects.toMatchObject({ code: "notFound" });

    await addCaseNote(leader, { caseId, content: "请承办单位本月底前拿出整改方案。" });
    // The leader instructs; only staff edit or close.
    await expect(closeCase(leader, { caseId, version: 1, note: "我来结案" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(editCase(leader, { caseId, version: 1, level: "KEY", reason: "降级处理" })).rejects.toMatchObject({
      code: "forbidden",
    });

    const detail = await getCaseDetail(leader, caseId);
    expect(detail.notes.map((n) => [n.content, n.author?.role])).toEqual([
      ["请承办单位本月底前拿出整改方案。", "LEADER"],
    ]);
    expect(detail).toMatchObject({ canManage: false, canNote: true });
    // The staff of the region hear of the instruction.
    expect(await db.notification.count({ where: { userId: w.staff.id, title: "领导督办批示" } })).toBe(1);
  });

  it("keeps units and staff of other regions out", async () => {
    const w = await createLoopWorld();
    const other = await createLoopWorld();
    const id = await assigned(w);
    const { id: caseId } = await openCase(w.staff, { suggestionId: id, level: "KEY", reason: "逾期未办，重点督办" });
    await expect(listCases(w.leadStaff, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(getCaseDetail(w.leadStaff, caseId)).rejects.toMatchObject({ code: "notFound" });
    await expect(addCaseNote(w.leadStaff, { caseId, content: "单位想补充" })).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(getCaseDetail(w.resident, caseId)).rejects.toMatchObject({ code: "notFound" });
    expect((await listCases(other.staff, { status: "all" })).rows).toEqual([]);
    await expect(getCaseDetail(other.staff, caseId)).rejects.toMatchObject({ code: "notFound" });
    await expect(openCase(other.staff, { suggestionId: id, level: "KEY", reason: "跨区督办" })).rejects.toMatchObject({
      code: "notFound",
    });
  });

  it("records its own history through edits, notes, closing and reopening; stale edits lose", async () => {
    const w = await createLoopWorld();
    const leader = await leaderOf(w);
    const id = await assigned(w);
    const { id: caseId } = await openCase(w.staff, { suggestionId: id, level: "ROUTINE", reason: "常规督办" });
    // One open case per item: raise its level instead of opening another.
    await expect(openCase(w.staff, { suggestionId: id, level: "KEY", reason: "再开一个" })).rejects.toMatchObject({
      messageKey: "supervision.caseAlreadyOpen",
    });
    // A leader-led case must name a leader.
    await expect(
      editCase(w.staff, { caseId, version: 1, level: "LEADER_LED", reason: "升级为领衔督办" }),
    ).rejects.toMatchObject({ messageKey: "supervision.leaderRequired" });
    await editCase(w.staff, {
      caseId,
      version: 1,
      level: "LEADER_LED",
      leaderId: leader.id,
      reason: "升级为领衔督办",
      dueOn: "2099-06-30",
    });
    await expect(
      editCase(w.staff, { caseId, version: 1, level: "KEY", reason: "旧页面上的修改" }),
    ).rejects.toMatchObject({ code: "stale" });
    await addCaseNote(w.staff, { caseId, content: "已约谈承办单位负责人。" });
    await closeCase(w.staff, { caseId, version: 2, note: "单位已答复，督办结束" });
    await reopenCase(w.staff, { caseId, version: 3, note: "提出人仍有意见" });

    const c = await getCaseDetail(w.staff, caseId);
    expect(c).toMatchObject({ level: "LEADER_LED", leaderId: leader.id, status: "OPEN", version: 4 });
    expect(shanghaiDateOf(c.dueAt!)).toBe("2099-06-30");
    expect(c.events.map((e) => e.action)).toEqual(["OPEN", "EDIT", "NOTE", "CLOSE", "REOPEN"]);
    const audit = await db.auditEvent.findMany({
      where: { targetType: "SupervisionCase", targetId: String(caseId) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "supervision.open",
      "supervision.edit",
      "supervision.note",
      "supervision.close",
      "supervision.reopen",
    ]);
    expect(await db.notification.count({ where: { userId: leader.id, title: "请您领衔督办" } })).toBe(1);
  });

  it("lists the case an unsatisfied rating opened, for the staff of the region", async () => {
    const w = await createLoopWorld();
    const id = await replied(w);
    await evaluateSuggestion(w.resident, { ...(await ref(id)), result: "UNSATISFIED", comment: "问题没有解决" });
    const page = await listCases(w.staff, {});
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({ level: "ROUTINE", status: "OPEN", suggestion: { id } });
  });
});

describe("回头看", () => {
  it("announces a follow-up once on its check date, and again on the next one staff set", async () => {
    const w = await createLoopWorld();
    const id = await replied(w, "B", "2099-01-01");
    await db.followUp.update({ where: { suggestionId: id }, data: { nextCheckAt: new Date(`${today()}T00:00:00Z`) } });

    const [a, b] = await Promise.all([announceDueFollowUps(), announceDueFollowUps()]);
    expect(a + b).toBe(1);
    expect(await announceDueFollowUps()).toBe(0);
    expect(await db.notification.count({ where: { userId: w.staff.id, title: "回头看：跟踪事项到期" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.leadStaff.id, title: "回头看：请报送落实进展" } })).toBe(1);
    expect((await listDueFollowUps(w.staff)).map((f) => f.suggestionId)).toEqual([id]);
    await expect(listDueFollowUps(w.leadStaff)).rejects.toMatchObject({ code: "forbidden" });

    await expect(setNextFollowUpCheck(w.staff, { suggestionId: id, nextCheckOn: today() })).rejects.toMatchObject({
      messageKey: "supervision.checkNotFuture",
    });
    await setNextFollowUpCheck(w.staff, { suggestionId: id, nextCheckOn: "2099-03-01" });
    expect(await listDueFollowUps(w.staff)).toEqual([]);
    expect(await announceDueFollowUps(new Date("2099-03-01T02:00:00Z"))).toBe(1);
    expect(await announceDueFollowUps(new Date("2099-03-02T02:00:00Z"))).toBe(0);
  });
});
