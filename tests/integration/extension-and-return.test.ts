import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { recordContact, requestExtension, unitAccept } from "@/lib/suggestions/unit-actions";
import { decideReturn, requestLateReturn, unitReturn, withdrawAssignment } from "@/lib/suggestions/returns";
import { decideExtension } from "@/lib/suggestions/review";
import { submitReply } from "@/lib/suggestions/reply";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { createStaffUser } from "../factories/users";
import { createPlace } from "../factories/places";
import { actorOf, createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";

const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });
const reason = "不属于本单位职责，应由区住建局办理";

async function assigned(w: LoopWorld, coUnitIds: number[] = []) {
  const id = await submitAs(w);
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds });
  return id;
}
/** Moves the assignment back in time, past the 7-working-day return window. */
const pastWindow = (id: number) =>
  db.assignment.updateMany({
    where: { suggestionId: id },
    data: { assignedAt: new Date(Date.now() - 20 * 86_400_000) },
  });
const assignmentsOf = (id: number) => db.assignment.findMany({ where: { suggestionId: id }, orderBy: { id: "asc" } });
const notificationsOf = (userId: number) => db.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("extensions", () => {
  it("moves the deadline when staff approve an extension, and not when they refuse", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w);
    await unitAccept(w.leadStaff, await ref(id));
    const before = (await db.suggestion.findUniqueOrThrow({ where: { id } })).dueAt!;
    const until = new Date(before.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    await requestExtension(w.leadStaff, { ...(await ref(id)), until, reason: "需要协调多个部门现场勘查" });
    await expect(
      requestExtension(w.leadStaff, { ...(await ref(id)), until, reason: "再次申请延期" }),
    ).rejects.toMatchObject({ messageKey: "extensionPending" });
    const req = await db.extensionRequest.findFirstOrThrow({ where: { assignment: { suggestionId: id } } });
    await decideExtension(w.staff, { ...(await ref(id)), requestId: req.id, approve: "yes" });
    const after = (await db.suggestion.findUniqueOrThrow({ where: { id } })).dueAt!;
    expect(after.getTime()).toBeGreaterThan(before.getTime() + 9 * 86_400_000);
    await expect(
      decideExtension(w.staff, { ...(await ref(id)), requestId: req.id, approve: "no" }),
    ).rejects.toMatchObject({ code: "stale" });

    // past the longest allowed time (2 months for an opinion here) an extension is refused
    const far = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    await requestExtension(w.leadStaff, { ...(await ref(id)), until: far, reason: "需要更长时间" });
    const second = await db.extensionRequest.findFirstOrThrow({
      where: { assignment: { suggestionId: id }, status: "PENDING" },
    });
    await expect(
      decideExtension(w.staff, { ...(await ref(id)), requestId: second.id, approve: "yes" }),
    ).rejects.toMatchObject({ messageKey: "extensionTooLong" });
  });
});

describe("returns", () => {
  it("lets a unit return an item itself within the window, even after accepting it", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w, [w.coUnit.id]);
    await expect(requestLateReturn(w.leadStaff, { ...(await ref(id)), reason })).rejects.toMatchObject({
      messageKey: "returnStillOpen",
    });
    await unitAccept(w.leadStaff, await ref(id));
    await unitReturn(w.leadStaff, { ...(await ref(id)), reason });
    const s = await db.suggestion.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { id: "desc" }, take: 1 } },
    });
    expect(s).toMatchObject({ status: "ACCEPTED", dueAt: null });
    expect(s.events[0]).toMatchObject({
      action: "RETURN",
      fromStatus: "HANDLING",
      toStatus: "ACCEPTED",
      reason,
      public: false,
    });
    // the co-unit's assignment goes with it, and staff may give the item to the co-unit as lead
    expect((await assignmentsOf(id)).map((a) => [a.role, a.status])).toEqual([
      ["LEAD", "RETURNED"],
      ["CO", "WITHDRAWN"],
    ]);
    await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.coUnit.id, coUnitIds: [] });
    expect((await assignmentsOf(id)).map((a) => [a.unitId, a.role, a.status])).toEqual([
      [w.leadUnit.id, "LEAD", "RETURNED"],
      [w.coUnit.id, "LEAD", "PENDING"],
    ]);
    // but not back to the unit that returned it
    const again = await submitAs(w);
    await acceptSuggestion(w.staff, await ref(again));
    await assignSuggestion(w.staff, { ...(await ref(again)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
    await unitReturn(w.leadStaff, { ...(await ref(again)), reason });
    await expect(
      assignSuggestion(w.staff, { ...(await ref(again)), leadUnitId: w.leadUnit.id, coUnitIds: [] }),
    ).rejects.toMatchObject({ messageKey: "unitAlreadyAssigned" });
  });

  it("after the window, a return needs staff's approval: refused, the unit keeps it; approved, it goes back", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w);
    await pastWindow(id);
    await expect(unitReturn(w.leadStaff, { ...(await ref(id)), reason })).rejects.toMatchObject({
      messageKey: "returnWindowPassed",
    });
    await requestLateReturn(w.leadStaff, { ...(await ref(id)), reason });
    await expect(requestLateReturn(w.leadStaff, { ...(await ref(id)), reason })).rejects.toMatchObject({
      messageKey: "returnRequestPending",
    });
    expect((await notificationsOf(w.staff.id)).at(-1)?.title).toBe("逾期退回申请");

    // refusing needs a reason the unit will read; the unit keeps the item
    const first = await db.returnRequest.findFirstOrThrow({ where: { assignment: { suggestionId: id } } });
    await expect(
      decideReturn(w.staff, { ...(await ref(id)), requestId: first.id, approve: "no" }),
    ).rejects.toMatchObject({ messageKey: "refusalNoteRequired" });
    await decideReturn(w.staff, {
      ...(await ref(id)),
      requestId: first.id,
      approve: "no",
      note: "经核实属于你单位职责，请继续办理",
    });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ASSIGNED" });
    expect((await assignmentsOf(id))[0]).toMatchObject({ status: "PENDING" });
    expect((await notificationsOf(w.leadStaff.id)).at(-1)).toMatchObject({ title: "退回申请未同意" });

    // asked again, approved: the item is back with staff, recorded as a late return
    await requestLateReturn(w.leadStaff, { ...(await ref(id)), reason: "补充材料：该路段已移交区住建局管理" });
    const second = await db.returnRequest.findFirstOrThrow({
      where: { assignment: { suggestionId: id }, status: "PENDING" },
    });
    await decideReturn(w.staff, { ...(await ref(id)), requestId: second.id, approve: "yes" });
    const s = await db.suggestion.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { id: "desc" }, take: 1 } },
    });
    expect(s.status).toBe("ACCEPTED");
    expect(s.events[0]).toMatchObject({ action: "LATE_RETURN", actorId: w.staff.id });
    expect((await assignmentsOf(id))[0]).toMatchObject({ status: "RETURNED" });
    expect(await db.returnRequest.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: w.staff.id,
    });
    expect(await db.auditEvent.count({ where: { action: "return.approve", targetId: String(second.id) } })).toBe(1);
  });

  it("lets only one of two staff decide the same request", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w);
    await pastWindow(id);
    await requestLateReturn(w.leadStaff, { ...(await ref(id)), reason });
    const req = await db.returnRequest.findFirstOrThrow({ where: { assignment: { suggestionId: id } } });
    const version = await versionOf(id);
    const results = await Promise.allSettled([
      decideReturn(w.staff, { suggestionId: id, version, requestId: req.id, approve: "yes" }),
      decideReturn(w.staff, { suggestionId: id, version, requestId: req.id, approve: "no", note: "请继续办理" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "stale" } });
  });

  it("refuses a return once the reply has been sent in", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w);
    await unitAccept(w.leadStaff, await ref(id));
    await recordContact(w.leadStaff, {
      ...(await ref(id)),
      method: "PHONE",
      occurredOn: shanghaiDateOf(new Date()),
      content: "电话联系提出人",
    });
    await submitReply(w.leadStaff, { ...(await ref(id)), classification: "A", content: "已经安排维修，三日内完成。" });
    await expect(unitReturn(w.leadStaff, { ...(await ref(id)), reason })).rejects.toMatchObject({
      messageKey: "returnAfterReply",
    });
  });
});

describe("withdrawing an assignment", () => {
  it("takes the item back from every unit, closes their open requests, and allows assigning again", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w, [w.coUnit.id]);
    await unitAccept(w.leadStaff, await ref(id));
    await requestExtension(w.leadStaff, { ...(await ref(id)), until: "2099-01-01", reason: "需要协调多个部门" });
    await expect(withdrawAssignment(w.leadStaff, { ...(await ref(id)), reason: "交办有误" })).rejects.toMatchObject({
      code: "forbidden",
    });

    await withdrawAssignment(w.staff, { ...(await ref(id)), reason: "交办有误，改由区住建局主办" });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTED", dueAt: null });
    expect((await assignmentsOf(id)).map((a) => a.status)).toEqual(["WITHDRAWN", "WITHDRAWN"]);
    expect(await db.extensionRequest.count({ where: { assignment: { suggestionId: id }, status: "PENDING" } })).toBe(0);
    expect((await notificationsOf(w.coStaff.id)).at(-1)).toMatchObject({ title: "交办已撤回" });
    // a withdrawn unit no longer sees the item
    await expect(unitAccept(w.leadStaff, await ref(id))).rejects.toMatchObject({ code: "notFound" });

    // the same units may be given it again, roles swapped
    await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.coUnit.id, coUnitIds: [w.leadUnit.id] });
    const rows = await assignmentsOf(id);
    expect(rows.map((a) => [a.unitId, a.role, a.status, a.acceptedAt])).toEqual([
      [w.leadUnit.id, "CO", "PENDING", null],
      [w.coUnit.id, "LEAD", "PENDING", null],
    ]);
    const events = await db.suggestionEvent.findMany({ where: { suggestionId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action).slice(-2)).toEqual(["WITHDRAW", "REASSIGN"]);
  });

  it("is out of reach for staff of another region", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w);
    const elsewhere = await createPlace();
    const other = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: elsewhere.region.id }), {
      regionPath: elsewhere.region.path,
    });
    await expect(withdrawAssignment(other, { ...(await ref(id)), reason: "交办有误" })).rejects.toMatchObject({
      code: "notFound",
    });
  });
});
