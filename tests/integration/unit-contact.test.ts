// A unit must reach the proposer before replying: it may reveal the number of an item it holds (audited), never
// a 保密 item's (refused and audited), and asks a 保密 item's proposer to call back through staff instead.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decryptPii } from "@/lib/crypto/pii";
import { acceptSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { unmaskProposerPhone } from "@/lib/suggestions/unmask-proposer";
import { relayThread, requestCallBack } from "@/lib/suggestions/relay";
import { createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";

const client = { ip: "127.0.0.7", userAgent: "vitest" };
const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });

async function assignedItem(w: LoopWorld, confidential: boolean) {
  const id = await submitAs(w, "小区垃圾清运不及时", { confidential });
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
  return id;
}
const audits = (actorId: number, id: number, result: "SUCCESS" | "DENIED") =>
  db.auditEvent.count({
    where: {
      actorId,
      targetId: String(id),
      result,
      action: result === "SUCCESS" ? "pii.unmask" : "permission.denied",
    },
  });

describe("a unit reaching the proposer", () => {
  it("reveals the number of an item it holds, and each look is audited", async () => {
    const w = await createLoopWorld();
    const id = await assignedItem(w, false);
    const resident = await db.user.findUniqueOrThrow({ where: { id: w.resident.id }, select: { phoneEnc: true } });
    expect(await unmaskProposerPhone(w.leadStaff, id, client)).toBe(decryptPii(resident.phoneEnc!));
    expect(await audits(w.leadStaff.id, id, "SUCCESS")).toBe(1);
    // a unit the item was not given to does not even see it
    await expect(unmaskProposerPhone(w.coStaff, id, client)).rejects.toMatchObject({ code: "notFound" });
    expect(await audits(w.coStaff.id, id, "SUCCESS")).toBe(0);
  });

  it("is refused the number of a 保密 item, with an audit row, and asks for a call back through staff", async () => {
    const w = await createLoopWorld();
    const id = await assignedItem(w, true);
    await expect(unmaskProposerPhone(w.leadStaff, id, client)).rejects.toMatchObject({
      code: "forbidden",
      messageKey: "unmaskConfidential",
    });
    expect(await audits(w.leadStaff.id, id, "SUCCESS")).toBe(0);
    expect(await audits(w.leadStaff.id, id, "DENIED")).toBe(1);

    await requestCallBack(w.leadStaff, { ...(await ref(id)), phone: "0796-8221234", when: "工作日 9:00-17:00" });
    const [m] = await relayThread({ side: "staff" }, id);
    expect(m).toMatchObject({ direction: "TO_PROPOSER", status: "PENDING" });
    expect(m.body).toContain("0796-8221234");
    expect(m.body).toContain(w.leadUnit.name);
    // nothing in it names the proposer; staff pass it on like any message
    expect(await db.auditEvent.count({ where: { actorId: w.leadStaff.id, action: "relay.write" } })).toBe(1);
  });

  it("refuses a call-back request without a usable number, and on an item that is not 保密", async () => {
    const w = await createLoopWorld();
    const secret = await assignedItem(w, true);
    await expect(
      requestCallBack(w.leadStaff, { ...(await ref(secret)), phone: "请打给我", when: "" }),
    ).rejects.toThrow();
    const open = await assignedItem(w, false);
    await expect(
      requestCallBack(w.leadStaff, { ...(await ref(open)), phone: "0796-8221234", when: "" }),
    ).rejects.toMatchObject({ messageKey: "relayOnlyConfidential" });
    expect(await db.relayMessage.count({ where: { suggestionId: { in: [secret, open] } } })).toBe(0);
  });
});
