// Issue 16: standard wordings (常用语), ratings taken by phone (回访) and the reminder before the rating window
// closes, and the resident's duplicate hint.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { piiHmac } from "@/lib/crypto/pii";
import { acceptSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { recordContact, unitAccept } from "@/lib/suggestions/unit-actions";
import { submitReply } from "@/lib/suggestions/reply";
import { sendReply } from "@/lib/suggestions/review";
import { evaluateSuggestion, recordPhoneRating } from "@/lib/suggestions/evaluate";
import { recordOnBehalf } from "@/lib/suggestions/record-on-behalf";
import { sendRateReminders } from "@/lib/suggestions/rate-reminder";
import { similarOpenItems } from "@/lib/suggestions/similar-open";
import { createTemplate, editTemplate } from "@/lib/templates/manage-templates";
import { templatesFor } from "@/lib/templates/queries";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { refreshInsight } from "@/lib/insight/refresh";
import { loadDashboard, loadFigures } from "@/lib/insight/dashboard";
import { resolveSlice } from "@/lib/insight/filters";
import { listItems } from "@/lib/insight/items";
import { createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";

const today = () => shanghaiDateOf(new Date());
const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });
const client = { ip: "127.0.0.16", userAgent: "vitest" };
const localNow = () => new Date(Date.now() + 8 * 3_600_000 - 5 * 60_000).toISOString().slice(0, 16);

async function toFedBack(w: LoopWorld, id: number) {
  await acceptSuggestion(w.staff, await ref(id));
  await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
  await unitAccept(w.leadStaff, await ref(id));
  await recordContact(w.leadStaff, {
    ...(await ref(id)),
    method: "PHONE",
    occurredOn: today(),
    content: "电话联系提出人",
  });
  await submitReply(w.leadStaff, { ...(await ref(id)), classification: "A", content: "已安排维修，本周内修复。" });
  await sendReply(w.staff, await ref(id));
  return id;
}

async function walkIn(w: LoopWorld, phone: string) {
  const r = await recordOnBehalf(
    w.staff,
    {
      title: "菜市场门口积水",
      content: "下雨后菜市场门口积水很深，老人不好走。",
      categoryId: w.category.id,
      stationId: w.station.id,
      confidential: "",
      via: "web",
      source: "HOTLINE",
      proposerName: "王大爷",
      proposerPhone: phone,
      idempotencyKey: randomUUID(),
    },
    client,
  );
  return r.id;
}

describe("reply templates (常用语)", () => {
  it("staff keep their region's templates; units are offered those of the item's region and category", async () => {
    const w = await createLoopWorld();
    const other = await createLoopWorld();
    const reply = await createTemplate(w.staff, {
      kind: "REPLY",
      title: "路灯·已解决",
      body: "您反映的路灯问题已修复，感谢您的监督。",
      categoryId: String(w.category.id),
      replyClass: "A",
    });
    await createTemplate(w.staff, {
      kind: "DECLINE",
      title: "不属于受理范围",
      body: "该事项属于司法程序，不在受理范围。",
    });
    // Another region's template, another category's, and a switched-off one are never offered here.
    await createTemplate(other.staff, { kind: "REPLY", title: "别处的", body: "别的区域的答复用语。" });
    await createTemplate(w.staff, {
      kind: "REPLY",
      title: "别的类别",
      body: "别的类别的答复。",
      categoryId: String(other.category.id),
    });
    const off = await createTemplate(w.staff, { kind: "REPLY", title: "停用的", body: "已停用的答复用语。" });
    await editTemplate(w.staff, {
      templateId: off.id,
      version: 1,
      kind: "REPLY",
      title: "停用的",
      body: "已停用的答复用语。",
    });

    const offered = await templatesFor({ regionId: w.region.id, categoryId: w.category.id }, ["REPLY"]);
    expect(offered.map((x) => x.title)).toEqual(["路灯·已解决"]);
    expect(offered[0]).toMatchObject({ id: reply.id, replyClass: "A" });
    expect(
      (await templatesFor({ regionId: w.region.id, categoryId: w.category.id }, ["DECLINE"])).map((x) => x.title),
    ).toEqual(["不属于受理范围"]);

    // The unit replies with the template's text, edited: the edited text is what is stored.
    const id = await submitAs(w);
    await acceptSuggestion(w.staff, await ref(id));
    await assignSuggestion(w.staff, { ...(await ref(id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
    await unitAccept(w.leadStaff, await ref(id));
    await recordContact(w.leadStaff, {
      ...(await ref(id)),
      method: "PHONE",
      occurredOn: today(),
      content: "电话联系提出人",
    });
    const edited = `${offered[0].body}东门两盏灯已于昨日更换。`;
    await submitReply(w.leadStaff, { ...(await ref(id)), classification: offered[0].replyClass!, content: edited });
    expect(await db.reply.findFirstOrThrow({ where: { suggestionId: id } })).toMatchObject({
      classification: "A",
      content: edited,
    });
  });

  it("refuses other regions' staff, units, stale edits and a class on a decline text, leaving an audit row", async () => {
    const w = await createLoopWorld();
    const other = await createLoopWorld();
    const t = await createTemplate(w.staff, { kind: "REPLY", title: "通用答复", body: "感谢您的意见，已转相关部门。" });
    const edit = {
      templateId: t.id,
      version: 1,
      kind: "REPLY",
      title: "改过的",
      body: "改过的答复内容。",
      active: "on",
    };
    await expect(editTemplate(other.staff, edit, client)).rejects.toMatchObject({ code: "notFound" });
    await expect(createTemplate(w.leadStaff, { kind: "REPLY", title: "x", body: "单位不能建" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      createTemplate(w.staff, { kind: "DECLINE", title: "x", body: "不予受理的理由", replyClass: "A" }),
    ).rejects.toMatchObject({ field: "replyClass" });
    await editTemplate(w.staff, edit, client);
    await expect(editTemplate(w.staff, edit, client)).rejects.toMatchObject({ code: "stale" });
    expect(await db.replyTemplate.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({
      title: "改过的",
      version: 2,
      active: true,
    });
    const denied = await db.auditEvent.findMany({
      where: {
        action: "permission.denied",
        targetType: "ReplyTemplate",
        actorId: { in: [other.staff.id, w.leadStaff.id] },
      },
    });
    expect(denied).toHaveLength(2);
    expect(await db.auditEvent.count({ where: { action: "template.edit", targetId: String(t.id) } })).toBe(1);
  });
});

describe("ratings taken by phone (回访)", () => {
  it("records a hotline proposer's rating as staff-recorded and counts it apart in the figures", async () => {
    const w = await createLoopWorld();
    const byPhone = await toFedBack(w, await walkIn(w, `138${String(Date.now()).slice(-8)}`));
    const online = await toFedBack(w, await submitAs(w));
    await evaluateSuggestion(w.resident, { ...(await ref(online)), result: "SATISFIED" });

    // Only committee staff of the item's region; not in the future; nothing changes when refused.
    const other = await createLoopWorld();
    await expect(
      recordPhoneRating(other.staff, {
        ...(await ref(byPhone)),
        result: "SATISFIED",
        callerName: "张三",
        calledAt: localNow(),
        callNote: "满意，已修好",
      }),
    ).rejects.toMatchObject({ code: "notFound" });
    await expect(
      recordPhoneRating(w.leadStaff, {
        ...(await ref(byPhone)),
        result: "SATISFIED",
        callerName: "张三",
        calledAt: localNow(),
        callNote: "满意，已修好",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      recordPhoneRating(w.staff, {
        ...(await ref(byPhone)),
        result: "SATISFIED",
        callerName: "张三",
        calledAt: "2099-01-01T10:00",
        callNote: "满意，已修好",
      }),
    ).rejects.toMatchObject({ field: "calledAt" });
    expect(await db.evaluation.count({ where: { suggestionId: byPhone } })).toBe(0);

    await recordPhoneRating(
      w.staff,
      {
        ...(await ref(byPhone)),
        result: "BASICALLY_SATISFIED",
        callerName: "张三",
        calledAt: localNow(),
        callNote: "王大爷说积水少了，还想再看看",
      },
      client,
    );
    const ev = await db.evaluation.findFirstOrThrow({ where: { suggestionId: byPhone } });
    expect(ev).toMatchObject({
      channel: "PHONE_CALLBACK",
      evaluatorId: w.staff.id,
      callerName: "张三",
      callNote: "王大爷说积水少了，还想再看看",
      result: "BASICALLY_SATISFIED",
    });
    const s = await db.suggestion.findUniqueOrThrow({ where: { id: byPhone }, include: { events: true } });
    expect(s).toMatchObject({ status: "CLOSED", closeReason: "BASICALLY_SATISFIED" });
    expect(s.events.at(-1)).toMatchObject({ action: "PHONE_CALLBACK", reason: null });
    expect(
      await db.auditEvent.count({ where: { action: "suggestion.phone_callback", targetId: String(byPhone) } }),
    ).toBe(1);

    await refreshInsight(db);
    const { slice } = await resolveSlice(w.staff, { from: today(), to: today() });
    const f = await loadFigures(slice);
    expect(f).toMatchObject({
      evaluated: 2,
      satisfied: 1,
      basicallySatisfied: 1,
      ratedByPhone: 1,
      satisfiedByPhone: 0,
      basicallySatisfiedByPhone: 1,
    });
    expect((await listItems(slice, "ratedByPhone")).rows.map((r) => r.id)).toEqual([byPhone]);
    // The breakdowns carry it too (the category row here).
    const d = await loadDashboard(slice);
    expect(d.byCategory.find((r) => r.id === w.category.id)?.figures.ratedByPhone).toBe(1);
  });
});

describe("the reminder before the rating window closes", () => {
  it("texts the proposer once, however often the job runs, and a walk-in at the number staff took down", async () => {
    const w = await createLoopWorld();
    const phone = `139${String(Date.now()).slice(-8)}`;
    const walk = await toFedBack(w, await walkIn(w, phone));
    const online = await toFedBack(w, await submitAs(w));
    const soon = new Date(Date.now() + 2 * 86_400_000);
    const later = new Date(Date.now() + 10 * 86_400_000);
    await db.suggestion.update({ where: { id: walk }, data: { dueAt: soon } });
    await db.suggestion.update({ where: { id: online }, data: { dueAt: later } });

    expect(await sendRateReminders()).toBeGreaterThanOrEqual(1);
    await sendRateReminders();
    await Promise.all([sendRateReminders(), sendRateReminders()]);
    const texts = await db.outboxMessage.findMany({
      where: { recipientHmac: piiHmac(phone), body: { contains: "评价将于" } },
    });
    expect(texts).toHaveLength(1);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: walk } })).toMatchObject({ rateRemindedFor: soon });
    // Ten days away is outside the three-day window: not yet.
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: online } })).toMatchObject({ rateRemindedFor: null });
    await db.suggestion.update({ where: { id: online }, data: { dueAt: soon } });
    await sendRateReminders();
    await sendRateReminders();
    expect(await db.notification.count({ where: { userId: w.resident.id, title: "评价即将截止" } })).toBe(1);
  });
});

describe("the resident's duplicate hint", () => {
  it("shows similar open items of the same station, never 保密 ones, closed ones or other areas'", async () => {
    const w = await createLoopWorld();
    const other = await createLoopWorld();
    const open = await submitAs(w, "小区东门路灯不亮");
    await submitAs(w, "小区东门路灯不亮", { confidential: true });
    await submitAs(w, "广场舞音响太吵");
    await submitAs(other, "小区东门路灯不亮");
    const found = await similarOpenItems({ text: "东门的路灯坏了不亮，晚上很黑", stationId: w.station.id });
    const code = (await db.suggestion.findUniqueOrThrow({ where: { id: open } })).trackingCode;
    expect(found).toEqual([
      { code, title: "小区东门路灯不亮", category: "交通", step: "submit", submittedOn: today() },
    ]);
    // By area (no station chosen): the same, from the region.
    expect((await similarOpenItems({ text: "路灯不亮了", regionId: w.region.id })).map((x) => x.code)).toEqual([code]);
    // Too little typed, or nothing alike: nothing.
    expect(await similarOpenItems({ text: "路灯", stationId: w.station.id })).toEqual([]);
    expect(await similarOpenItems({ text: "垃圾分类投放点太远", stationId: w.station.id })).toEqual([]);
  });
});
