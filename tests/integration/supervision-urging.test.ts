// R5: moving the clock past a deadline produces exactly one urge per unit and deadline, however often and however
// concurrently the job runs; still overdue past the escalation window, exactly one 重点督办 case.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endOfShanghaiDay } from "@/lib/calendar/civil-date";
import { encryptPii, piiHmac } from "@/lib/crypto/pii";
import { acceptSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { escalateOverdueItems, superviseDeadlines, urgeOverdueAssignments } from "@/lib/supervision/urge-overdue";
import { urgeManually } from "@/lib/supervision/urge-manually";
import { createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";

const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });
// Weekends only (the test database maintains no calendar year): 2030-03-08 is a Friday.
const DUE = endOfShanghaiDay("2030-03-08");
const at = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

/** An assigned item whose lead and co-unit deadlines are both the Friday above. */
async function overdueItem(w: LoopWorld) {
  const id = await submitAs(w);
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [w.coUnit.id] });
  await db.assignment.updateMany({ where: { suggestionId: id }, data: { dueAt: DUE } });
  await db.suggestion.update({ where: { id }, data: { dueAt: DUE } });
  return id;
}

async function giveLeadStaffAPhone(w: LoopWorld) {
  const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  await db.user.update({
    where: { id: w.leadStaff.id },
    data: { phoneEnc: encryptPii(phone), phoneHmac: piiHmac(phone) },
  });
  return piiHmac(phone);
}

// Every test shares the same deadline; what one test left open must not be urged or escalated in the next.
afterEach(async () => {
  await db.assignment.updateMany({ where: { status: { in: ["PENDING", "ACCEPTED"] } }, data: { status: "WITHDRAWN" } });
});

const urgeNotices = (userId: number) => db.notification.count({ where: { userId, title: "催办：办理期限已过" } });

describe("automatic urging", () => {
  it("urges each unit once, on the first working day after the deadline, across repeated and concurrent runs", async () => {
    const w = await createLoopWorld();
    const phoneHmac = await giveLeadStaffAPhone(w);
    const id = await overdueItem(w);

    // Saturday and Sunday: overdue, but nobody is urged on a rest day.
    expect(await urgeOverdueAssignments(at("2030-03-09T10:00:00"))).toBe(0);
    expect(await urgeOverdueAssignments(at("2030-03-10T23:00:00"))).toBe(0);

    // Monday: five runs at once (two workers, a manual run, a retried job...), then more later that day.
    const monday = at("2030-03-11T08:30:00");
    const counts = await Promise.all(Array.from({ length: 5 }, () => urgeOverdueAssignments(monday)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2); // the lead unit and the co-unit
    expect(await urgeOverdueAssignments(at("2030-03-11T15:00:00"))).toBe(0);
    expect(await urgeOverdueAssignments(at("2030-03-12T08:30:00"))).toBe(0); // a restart the next day

    const urges = await db.urge.findMany({ where: { suggestionId: id } });
    expect(urges).toHaveLength(2);
    expect(urges.every((u) => u.automatic && u.dueAt.getTime() === DUE.getTime())).toBe(true);
    expect(await urgeNotices(w.leadStaff.id)).toBe(1);
    expect(await urgeNotices(w.coStaff.id)).toBe(1);
    expect(await db.outboxMessage.count({ where: { recipientHmac: phoneHmac, template: "urge" } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { action: "urge.auto", targetType: "Assignment" } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("urges again only for a new deadline (an approved extension), and never an item the unit has answered", async () => {
    const w = await createLoopWorld();
    const id = await overdueItem(w);
    await urgeOverdueAssignments(at("2030-03-11T09:00:00"));
    // The deadline moves to Friday 2030-03-22 (as an approved extension does): one new urge after it.
    const later = endOfShanghaiDay("2030-03-22");
    await db.assignment.updateMany({ where: { suggestionId: id, role: "LEAD" }, data: { dueAt: later } });
    expect(await urgeOverdueAssignments(at("2030-03-20T09:00:00"))).toBe(0);
    expect(await urgeOverdueAssignments(at("2030-03-25T09:00:00"))).toBe(1);
    expect(await urgeNotices(w.leadStaff.id)).toBe(2);
    // The co-unit sends its opinion: it is no longer urged for anything.
    await db.assignment.updateMany({
      where: { suggestionId: id, role: "CO" },
      data: { status: "OPINION_SENT", dueAt: later },
    });
    expect(await urgeOverdueAssignments(at("2030-04-01T09:00:00"))).toBe(0);
  });

  it("keeps a manual urge apart from the automatic one, and refuses to urge the same deadline twice by hand", async () => {
    const w = await createLoopWorld();
    const id = await overdueItem(w);
    await expect(urgeManually(w.staff, { suggestionId: id, note: "请本周内答复" })).resolves.toEqual({ urged: 2 });
    await expect(urgeManually(w.staff, { suggestionId: id, note: "" })).rejects.toMatchObject({
      code: "conflict",
      messageKey: "supervision.alreadyUrged",
    });
    // A unit may not urge, and a unit's staff cannot use the staff step.
    await expect(urgeManually(w.leadStaff, { suggestionId: id })).rejects.toMatchObject({ code: "forbidden" });
    expect(await urgeOverdueAssignments(at("2030-03-11T09:00:00"))).toBe(2);
    expect(await db.urge.count({ where: { suggestionId: id } })).toBe(4);
    expect(await db.urge.count({ where: { suggestionId: id, automatic: false, byId: w.staff.id } })).toBe(2);
  });
});

describe("escalation", () => {
  it("opens exactly one 重点督办 case once the item is still overdue after the window", async () => {
    const w = await createLoopWorld();
    const id = await overdueItem(w);
    await db.setting.upsert({
      where: { key: "escalateAfterWorkingDays" },
      create: { key: "escalateAfterWorkingDays", value: 5 },
      update: { value: 5 },
    });

    // Five working days after Friday 8 March is Friday 15 March.
    expect(await escalateOverdueItems(at("2030-03-14T09:00:00"))).toBe(0);
    const runs = await Promise.all(Array.from({ length: 4 }, () => superviseDeadlines(at("2030-03-15T08:30:00"))));
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBe(1);
    expect(await escalateOverdueItems(at("2030-03-18T08:30:00"))).toBe(0);

    const cases = await db.supervisionCase.findMany({ where: { suggestionId: id }, include: { events: true } });
    expect(cases).toHaveLength(1); // the lead unit's deadline; co-units are urged, not escalated
    expect(cases[0]).toMatchObject({ level: "KEY", status: "OPEN" });
    expect(cases[0].events.map((e) => e.action)).toEqual(["OPEN"]);
    expect(await db.notification.count({ where: { userId: w.staff.id, title: "逾期事项已转入重点督办" } })).toBe(1);
  });

  it("follows the configured window", async () => {
    const w = await createLoopWorld();
    const id = await overdueItem(w);
    await db.setting.upsert({
      where: { key: "escalateAfterWorkingDays" },
      create: { key: "escalateAfterWorkingDays", value: 2 },
      update: { value: 2 },
    });
    expect(await escalateOverdueItems(at("2030-03-11T09:00:00"))).toBe(0);
    expect(await escalateOverdueItems(at("2030-03-12T09:00:00"))).toBe(1);
    expect(await db.supervisionCase.count({ where: { suggestionId: id } })).toBe(1);
  });
});
