import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { requestExtension, unitAccept, unitReturn } from "@/lib/suggestions/unit-actions";
import { decideExtension } from "@/lib/suggestions/review";
import { createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";

const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });

async function assigned(w: LoopWorld) {
  const id = await submitAs(w);
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
  return id;
}

describe("extensions and returns", () => {
  it("moves the deadline when staff approve an extension, and not when they refuse", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w);
    await unitAccept(w.leadStaff, await ref(id));
    const before = (await db.suggestion.findUniqueOrThrow({ where: { id } })).dueAt!;
    const until = new Date(before.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    await requestExtension(w.leadStaff, { ...(await ref(id)), until, reason: "需要协调多个部门现场勘查" });
    await expect(requestExtension(w.leadStaff, { ...(await ref(id)), until, reason: "再次申请延期" })).rejects.toMatchObject({ messageKey: "extensionPending" });
    const req = await db.extensionRequest.findFirstOrThrow({ where: { assignment: { suggestionId: id } } });
    await decideExtension(w.staff, { ...(await ref(id)), requestId: req.id, approve: "yes" });
    const after = (await db.suggestion.findUniqueOrThrow({ where: { id } })).dueAt!;
    expect(after.getTime()).toBeGreaterThan(before.getTime() + 9 * 86_400_000);
    await expect(decideExtension(w.staff, { ...(await ref(id)), requestId: req.id, approve: "no" })).rejects.toMatchObject({ code: "stale" });

    // past the longest allowed time (2 months for an opinion here) an extension is refused
    const far = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    await requestExtension(w.leadStaff, { ...(await ref(id)), until: far, reason: "需要更长时间" });
    const second = await db.extensionRequest.findFirstOrThrow({ where: { assignment: { suggestionId: id }, status: "PENDING" } });
    await expect(decideExtension(w.staff, { ...(await ref(id)), requestId: second.id, approve: "yes" })).rejects.toMatchObject({ messageKey: "extensionTooLong" });
  });

  it("refuses a return after the 7-working-day window, and after the unit accepted", async () => {
    const w = await createLoopWorld();
    const id = await assigned(w);
    await db.assignment.updateMany({ where: { suggestionId: id }, data: { assignedAt: new Date(Date.now() - 20 * 86_400_000) } });
    await expect(unitReturn(w.leadStaff, { ...(await ref(id)), reason: "不属于本单位职责" })).rejects.toMatchObject({ messageKey: "returnWindowPassed" });

    const other = await assigned(w);
    await unitAccept(w.leadStaff, await ref(other));
    await expect(unitReturn(w.leadStaff, { ...(await ref(other)), reason: "不属于本单位职责" })).rejects.toMatchObject({ messageKey: "returnAfterAccept" });
  });
});
