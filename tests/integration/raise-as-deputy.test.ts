import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { raiseAsDeputySuggestion } from "@/lib/suggestions/raise-as-deputy";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { unitAccept, recordContact } from "@/lib/suggestions/unit-actions";
import { submitReply } from "@/lib/suggestions/reply";
import { sendReply } from "@/lib/suggestions/review";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { createLoopWorld, submitAs, versionOf } from "../factories/loop";

const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });

describe("raising a resident's opinion into a deputy suggestion", () => {
  it("keeps the link, so the reply flows back to the resident", async () => {
    const w = await createLoopWorld();
    const deputy = await db.deputy.create({
      data: { name: "周代表", qrToken: randomUUID().slice(0, 12), stations: { create: { stationId: w.station.id } } },
    });
    const opinionId = await submitAs(w, "社区缺少老年食堂");
    const formal = await raiseAsDeputySuggestion(w.staff, {
      ...(await ref(opinionId)),
      deputyId: deputy.id,
      title: "关于在社区增设老年食堂的建议",
    });

    const opinion = await db.suggestion.findUniqueOrThrow({ where: { id: opinionId } });
    expect(opinion).toMatchObject({ status: "MERGED", mergedIntoId: formal.id });
    const raised = await db.suggestion.findUniqueOrThrow({ where: { id: formal.id }, include: { events: true } });
    expect(raised).toMatchObject({
      kind: "DEPUTY_SUGGESTION",
      status: "ACCEPTED",
      originId: opinionId,
      proposerDeputyId: deputy.id,
      version: 2,
    });
    expect(raised.events).toHaveLength(2);

    // assigned and answered like any deputy suggestion: the resident hears about the reply
    await assignSuggestion(w.staff, { ...(await ref(formal.id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
    const assigned = await db.suggestion.findUniqueOrThrow({ where: { id: formal.id } });
    expect((assigned.dueAt!.getTime() - Date.now()) / 86_400_000).toBeGreaterThan(85); // three months for a deputy suggestion
    await unitAccept(w.leadStaff, await ref(formal.id));
    await recordContact(w.leadStaff, {
      ...(await ref(formal.id)),
      method: "PHONE",
      occurredOn: shanghaiDateOf(new Date()),
      content: "电话联系代表",
    });
    await submitReply(w.leadStaff, {
      ...(await ref(formal.id)),
      classification: "B",
      content: "已列入明年民生实事项目计划。",
      nextCheckOn: "2027-06-30",
    });
    await sendReply(w.staff, await ref(formal.id));
    const told = await db.notification.findFirst({
      where: { userId: w.resident.id, title: "您的意见转成的代表建议已答复" },
    });
    expect(told?.link).toBe(`/track/${formal.trackingCode}`);
  });

  it("is for staff only, and only for resident opinions", async () => {
    const w = await createLoopWorld();
    const deputy = await db.deputy.create({ data: { name: "吴代表", qrToken: randomUUID().slice(0, 12) } });
    const id = await submitAs(w);
    await expect(
      raiseAsDeputySuggestion(w.resident, { ...(await ref(id)), deputyId: deputy.id, title: "关于某事的建议" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      raiseAsDeputySuggestion(w.leadStaff, { ...(await ref(id)), deputyId: deputy.id, title: "关于某事的建议" }),
    ).rejects.toMatchObject({ code: "notFound" });
  });
});
