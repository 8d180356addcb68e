// 保密 items: units never learn who the proposer is; staff pass messages between them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { messageProposer, messageUnit, relayMessage, relayThread } from "@/lib/suggestions/relay";
import { getSuggestionDetail } from "@/lib/suggestions/detail";
import { proposerView } from "@/lib/suggestions/public-tracking";
import { createStaffUser } from "../factories/users";
import { actorOf, createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";

const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });

async function assignedItem(w: LoopWorld, confidential: boolean) {
  const id = await submitAs(w, "楼道里有人长期堆放杂物", { confidential });
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
  return id;
}
const code = async (id: number) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).trackingCode;

describe("messages relayed by staff on confidential items", () => {
  it("are only for confidential items", async () => {
    const w = await createLoopWorld();
    const id = await assignedItem(w, false);
    await expect(
      messageProposer(w.leadStaff, { ...(await ref(id)), body: "请问具体是几号楼？" }),
    ).rejects.toMatchObject({ messageKey: "relayOnlyConfidential" });
  });

  it("reach the proposer only as staff passed them on, and never tell the unit who the proposer is", async () => {
    const w = await createLoopWorld();
    const id = await assignedItem(w, true);
    await messageProposer(w.leadStaff, { ...(await ref(id)), body: "请问杂物堆放在几号楼几单元？我们想上门核实。" });
    const [m] = await relayThread({ side: "staff" }, id);
    expect(m).toMatchObject({ direction: "TO_PROPOSER", status: "PENDING" });
    // nothing reaches the proposer before staff act
    expect((await proposerView(w.resident, await code(id)))!.relays).toEqual([]);

    const outboxBefore = await db.outboxMessage.count();
    await relayMessage(w.staff, {
      ...(await ref(id)),
      messageId: m.id,
      decision: "relay",
      text: "承办单位想了解杂物堆放的具体楼栋和单元，方便上门核实。",
    });
    await expect(
      relayMessage(w.staff, { ...(await ref(id)), messageId: m.id, decision: "relay" }),
    ).rejects.toMatchObject({ code: "stale" });
    const mine = await proposerView(w.resident, await code(id));
    expect(mine!.relays.map((r) => r.body)).toEqual(["承办单位想了解杂物堆放的具体楼栋和单元，方便上门核实。"]);
    expect(await db.outboxMessage.count()).toBe(outboxBefore + 1); // the resident is texted to look
    expect(
      (await db.notification.findMany({ where: { userId: w.resident.id }, orderBy: { id: "desc" }, take: 1 }))[0]
        ?.title,
    ).toBe("承办单位给您的留言");

    // the proposer answers; staff withhold the first answer (it names the proposer) and say why
    await messageUnit(w.resident, { ...(await ref(id)), body: "我是3号楼2单元的张某，电话138…" });
    const answer = (await relayThread({ side: "staff" }, id)).find((r) => r.direction === "TO_UNIT")!;
    await expect(
      relayMessage(w.staff, { ...(await ref(id)), messageId: answer.id, decision: "withhold" }),
    ).rejects.toMatchObject({ messageKey: "withholdNoteRequired" });
    await relayMessage(w.staff, {
      ...(await ref(id)),
      messageId: answer.id,
      decision: "withhold",
      note: "留言含有您的身份信息，未转达；请只写楼栋和情况。",
    });
    await messageUnit(w.resident, { ...(await ref(id)), body: "3号楼2单元楼道，一楼到三楼都有。" });
    const second = (await relayThread({ side: "staff" }, id)).find(
      (r) => r.direction === "TO_UNIT" && r.status === "PENDING",
    )!;
    await relayMessage(w.staff, { ...(await ref(id)), messageId: second.id, decision: "relay" });

    // the unit sees what it wrote and what was passed to it — not the withheld message
    const unitView = await getSuggestionDetail(w.leadStaff, id);
    expect(unitView.proposer).toBeNull();
    expect(unitView.relays.map((r) => [r.direction, r.body])).toEqual([
      ["TO_PROPOSER", "请问杂物堆放在几号楼几单元？我们想上门核实。"],
      ["TO_UNIT", "3号楼2单元楼道，一楼到三楼都有。"],
    ]);
    expect(JSON.stringify(unitView)).not.toContain("张某");
    // the proposer sees the withheld message with staff's note
    const theirs = (await proposerView(w.resident, await code(id)))!.relays;
    expect(theirs.find((r) => r.status === "WITHHELD")?.staffNote).toContain("身份信息");
    expect(
      await db.auditEvent.count({ where: { action: { startsWith: "relay." }, targetType: "RelayMessage" } }),
    ).toBeGreaterThanOrEqual(6);
  });

  it("are out of reach for other units, other residents and the co-unit's items", async () => {
    const w = await createLoopWorld();
    const id = await assignedItem(w, true);
    await expect(messageProposer(w.coStaff, { ...(await ref(id)), body: "请问具体位置？" })).rejects.toMatchObject({
      code: "notFound",
    });
    const stranger = actorOf(await createStaffUser("RESIDENT"));
    await expect(messageUnit(stranger, { ...(await ref(id)), body: "我也想说两句" })).rejects.toMatchObject({
      code: "notFound",
    });
    expect(await proposerView(stranger, await code(id))).toBeNull();
    await messageProposer(w.leadStaff, { ...(await ref(id)), body: "请问具体位置？" });
    const [m] = await relayThread({ side: "staff" }, id);
    // a unit cannot pass its own message on
    await expect(
      relayMessage(w.leadStaff, { ...(await ref(id)), messageId: m.id, decision: "relay" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
