import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { recordContact, unitAccept } from "@/lib/suggestions/unit-actions";
import { submitReply } from "@/lib/suggestions/reply";
import { getSuggestionDetail } from "@/lib/suggestions/detail";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { createLoopWorld, submitAs, versionOf } from "../factories/loop";

const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });
const pdf = (name: string) =>
  new File([Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")], name, { type: "application/pdf" });

async function readyToReply() {
  const w = await createLoopWorld();
  const id = await submitAs(w);
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
  await unitAccept(w.leadStaff, await ref(id));
  await recordContact(w.leadStaff, {
    ...(await ref(id)),
    method: "FACE_TO_FACE",
    occurredOn: shanghaiDateOf(new Date()),
    content: "上门与提出人面谈",
  });
  return { w, id };
}
const reply = { classification: "A", content: "路灯已更换，详见维修单。" };

describe("reply attachments", () => {
  it("keeps the files with the reply, apart from the resident's photos", async () => {
    const { w, id } = await readyToReply();
    await submitReply(w.leadStaff, { ...(await ref(id)), ...reply, files: [pdf("维修单.pdf"), new File([], "")] });
    const detail = await getSuggestionDetail(w.staff, id);
    expect(detail.replies[0].attachments.map((a) => [a.fileName, a.mimeType])).toEqual([
      ["维修单.pdf", "application/pdf"],
    ]);
    expect(detail.attachments).toEqual([]);
  });

  it("refuses a file that is not what it claims, and more than three", async () => {
    const { w, id } = await readyToReply();
    const fake = new File([Buffer.from("MZ\x90\x00 not a pdf")], "维修单.pdf", { type: "application/pdf" });
    await expect(submitReply(w.leadStaff, { ...(await ref(id)), ...reply, files: [fake] })).rejects.toMatchObject({
      messageKey: "fileType",
    });
    await expect(
      submitReply(w.leadStaff, { ...(await ref(id)), ...reply, files: [1, 2, 3, 4].map((n) => pdf(`${n}.pdf`)) }),
    ).rejects.toMatchObject({ messageKey: "tooManyFiles" });
    // nothing was saved, and the item still waits for its reply
    expect(await db.reply.count({ where: { suggestionId: id } })).toBe(0);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "HANDLING" });
  });
});
