// The duty-points rubric is configurable: a change applies to credits from then on, never to points already
// credited; only committee staff and admins may change it, and every change is audited.
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { creditDutyPoints, type Credit } from "@/lib/reception/duty-points";
import { updateDutyRule } from "@/lib/reception/duty-rules";
import { createReceptionWorld } from "../factories/reception";

describe("duty points rubric", () => {
  it("changes what future credits earn, keeps past credits, and can switch a rule off", async () => {
    const w = await createReceptionWorld();
    const deputyId = w.deputies[0].id;
    const rule = await db.dutyPointRule.findUniqueOrThrow({ where: { code: "SUGGESTION" } });
    const credit = (sourceId: number): Credit => ({
      deputyId,
      code: "SUGGESTION",
      sourceType: "Suggestion",
      sourceId,
      note: "转为意见建议",
      occurredAt: new Date(),
    });
    await db.$transaction((tx) => creditDutyPoints(tx, [credit(1)]));

    await updateDutyRule(w.staff, { ruleId: String(rule.id), points: "7", active: "yes" });
    await db.$transaction((tx) => creditDutyPoints(tx, [credit(2)]));
    const entries = await db.dutyPointEntry.findMany({ where: { deputyId }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.sourceId, e.points])).toEqual([
      ["1", rule.points],
      ["2", 7],
    ]);

    await updateDutyRule(w.staff, { ruleId: String(rule.id), points: "7", active: "no" });
    expect(await db.$transaction((tx) => creditDutyPoints(tx, [credit(3)]))).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "dutyRule.update", targetId: String(rule.id) } })).toBe(2);
  });

  it("is refused to other roles and to points out of range", async () => {
    const w = await createReceptionWorld();
    const rule = await db.dutyPointRule.findUniqueOrThrow({ where: { code: "RECEPTION" } });
    await expect(updateDutyRule(w.admin, { ruleId: rule.id, points: 50, active: "yes" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updateDutyRule(w.deputy, { ruleId: rule.id, points: 50, active: "yes" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const bad = await updateDutyRule(w.staff, { ruleId: rule.id, points: "101", active: "yes" }).catch(
      (e: unknown) => e,
    );
    expect(bad).toBeInstanceOf(ZodError);
    expect((bad as ZodError).issues[0]?.message).toBe("pointsRange");
    expect((await db.dutyPointRule.findUniqueOrThrow({ where: { id: rule.id } })).points).toBe(rule.points);
  });
});
