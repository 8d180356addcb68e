// 写给代表 (issue 15): a resident writes to a deputy; the deputy replies, agrees a meeting, passes the letter to the
// station or raises it as their own suggestion; nobody else reads or acts on it; unanswered letters are flagged.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { encryptPii } from "@/lib/crypto/pii";
import type { Actor } from "@/lib/auth/permissions";
import { writeLetter } from "@/lib/deputy-letters/write-letter";
import { agreeMeeting, replyToLetter } from "@/lib/deputy-letters/answer-letter";
import { passLetterToStation, raiseLetterAsSuggestion } from "@/lib/deputy-letters/forward-letter";
import { loadLetter, loadLetterByCode } from "@/lib/deputy-letters/load-letter";
import { ownLetters, overdueLettersForStations } from "@/lib/deputy-letters/queries";
import { flagOverdueLetters } from "@/lib/deputy-letters/flag-overdue";
import { countSubmission, submissionLimit } from "@/lib/suggestions/submission-cap";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { recordContact, unitAccept } from "@/lib/suggestions/unit-actions";
import { submitReply } from "@/lib/suggestions/reply";
import { sendReply } from "@/lib/suggestions/review";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { actorOf, createLoopWorld, versionOf, type LoopWorld } from "../factories/loop";
import { createStaffUser } from "../factories/users";

const client = { ip: "127.0.0.1", userAgent: "vitest" };
const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });
const inDays = (d: number) => {
  const t = new Date(Date.now() + d * 86_400_000);
  // datetime-local, in China Standard Time
  return new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
};

let w: LoopWorld;
let deputy: { id: number; name: string };
let deputyActor: Actor;
let otherDeputyActor: Actor;
let otherResident: Actor;
let stationAdmin: Actor;

async function deputyAt(stationId: number, name: string) {
  const d = await db.deputy.create({
    data: {
      name,
      qrToken: randomUUID().slice(0, 12),
      phoneEnc: encryptPii("13700001111"),
      stations: { create: { stationId } },
    },
  });
  const user = await createStaffUser("DEPUTY");
  await db.user.update({ where: { id: user.id }, data: { deputyId: d.id } });
  return { deputy: d, actor: actorOf(user, { deputyId: d.id, stationIds: [stationId] }) };
}

const write = (resident: Actor, over: Record<string, unknown> = {}) =>
  writeLetter(
    resident,
    {
      deputyId: deputy.id,
      kind: "MESSAGE",
      subject: "小区电梯经常停运",
      body: "我家楼的电梯这个月停了三次，老人上下楼很困难。",
      via: "qr",
      idempotencyKey: randomUUID(),
      ...over,
    },
    client,
  );

const letterOf = (code: string) =>
  db.deputyLetter.findUniqueOrThrow({ where: { trackingCode: code }, include: { replies: true } });

async function refusalOf(promise: Promise<unknown>) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

beforeAll(async () => {
  w = await createLoopWorld();
  const a = await deputyAt(w.station.id, "钱代表");
  deputy = a.deputy;
  deputyActor = a.actor;
  otherDeputyActor = (await deputyAt(w.station.id, "孙代表")).actor;
  otherResident = actorOf(await createStaffUser("RESIDENT"));
  const admin = await createStaffUser("STATION_ADMIN");
  await db.stationAdmin.create({ data: { userId: admin.id, stationId: w.station.id } });
  stationAdmin = actorOf(admin, { stationIds: [w.station.id] });
});

describe("a letter to a deputy", () => {
  it("is written once, the deputy is told, replies, and passes it to the station with its history", async () => {
    const key = randomUUID();
    const { trackingCode } = await write(w.resident, { idempotencyKey: key });
    // the same form posted twice writes one letter
    expect((await write(w.resident, { idempotencyKey: key })).trackingCode).toBe(trackingCode);
    expect(await db.deputyLetter.count({ where: { idempotencyKey: key } })).toBe(1);

    let letter = await letterOf(trackingCode);
    expect(letter).toMatchObject({ status: "OPEN", viaQr: true, residentId: w.resident.id, deputyId: deputy.id });
    const told = await db.notification.findFirst({
      where: { userId: deputyActor.id, link: `/deputy/letters/${letter.id}` },
    });
    expect(told?.title).toBe("有群众给您写信");
    const texted = await db.outboxMessage.findFirst({
      where: { template: "letter", body: { contains: trackingCode } },
    });
    expect(texted).not.toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: "letter.write", targetId: String(letter.id), result: "SUCCESS", actorId: w.resident.id },
      }),
    ).toBe(1);

    await replyToLetter(deputyActor, { letterId: letter.id, body: "已联系物业，下周一检修。" }, client);
    letter = await letterOf(trackingCode);
    expect(letter.status).toBe("ANSWERED");
    expect(letter.replies.map((r) => r.body)).toEqual(["已联系物业，下周一检修。"]);
    const residentTold = await db.notification.findFirst({
      where: { userId: w.resident.id, link: `/track/letter/${trackingCode}`, title: "代表回复了您的来信" },
    });
    expect(residentTold).not.toBeNull();
    // the writer reads it on the tracking page
    expect((await loadLetterByCode(trackingCode, w.resident, client)).replies).toHaveLength(1);

    const opinion = await passLetterToStation(deputyActor, { letterId: letter.id, categoryId: w.category.id }, client);
    letter = await letterOf(trackingCode);
    expect(letter).toMatchObject({ status: "PASSED", suggestionId: opinion.id });
    const item = await db.suggestion.findUniqueOrThrow({ where: { id: opinion.id } });
    expect(item).toMatchObject({
      kind: "OPINION",
      source: "QR", // the channel the letter came by
      status: "SUBMITTED", // in the staff queue
      proposerId: w.resident.id,
      stationId: w.station.id,
      title: "小区电梯经常停运",
    });
    expect(item.content).toContain("老人上下楼很困难");
    expect(item.content).toContain("已联系物业，下周一检修。");

    // handed on: the deputy can no longer answer it here, and nothing changes
    const closed = await refusalOf(replyToLetter(deputyActor, { letterId: letter.id, body: "再补充一句" }, client));
    expect(closed.messageKey).toBe("letters.closed");
    expect((await letterOf(trackingCode)).replies).toHaveLength(1);
  });

  it("asks for a meeting: the deputy agrees one of the proposed times, which the resident sees on /me", async () => {
    const times = [inDays(3), inDays(5)];
    const { trackingCode } = await write(w.resident, {
      kind: "MEETING",
      subject: "想当面反映学校门口交通问题",
      proposedTimes: times,
    });
    const letter = await letterOf(trackingCode);
    expect(letter.proposedTimes).toHaveLength(2);
    await agreeMeeting(deputyActor, { letterId: letter.id, time: "1", place: "东城联络站二楼" }, client);
    const after = await letterOf(trackingCode);
    expect(after).toMatchObject({ status: "ANSWERED", meetingPlace: "东城联络站二楼" });
    expect(after.meetingAt?.toISOString()).toBe(letter.proposedTimes[1].toISOString());
    const mine = await ownLetters(w.resident);
    expect(mine.find((l) => l.trackingCode === trackingCode)?.meetingAt?.toISOString()).toBe(
      letter.proposedTimes[1].toISOString(),
    );
    const again = await refusalOf(agreeMeeting(deputyActor, { letterId: letter.id, time: "0", place: "别处" }, client));
    expect(again.messageKey).toBe("letters.meetingAgreed");
  });

  it("refuses a meeting request without times, and a message when the hourly cap is reached", async () => {
    const noTimes = await write(w.resident, { kind: "MEETING", proposedTimes: [] }).catch((e: unknown) => e);
    expect(JSON.stringify(noTimes)).toContain("letters.timeRequired");

    const flooder = actorOf(await createStaffUser("RESIDENT"));
    const limit = await submissionLimit(flooder.id);
    for (let i = 0; i < limit.max; i++) await countSubmission(limit);
    const capped = await refusalOf(write(flooder));
    expect(capped.messageKey).toBe("submissionCap");
    expect(await db.deputyLetter.count({ where: { residentId: flooder.id } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { action: "letter.write", actorId: flooder.id, result: "DENIED" } }),
    ).toBe(1);
  });

  it("raised as the deputy's own suggestion, its final reply reaches the resident", async () => {
    const { trackingCode } = await write(w.resident, { subject: "社区缺少老年食堂", via: "web" });
    const letter = await letterOf(trackingCode);
    const formal = await raiseLetterAsSuggestion(
      deputyActor,
      { letterId: letter.id, categoryId: w.category.id, title: "关于在社区增设老年食堂的建议" },
      client,
    );
    const after = await letterOf(trackingCode);
    expect(after.status).toBe("RAISED");
    const opinion = await db.suggestion.findUniqueOrThrow({ where: { id: after.suggestionId! } });
    expect(opinion).toMatchObject({
      status: "MERGED",
      mergedIntoId: formal.id,
      proposerId: w.resident.id,
      source: "ONLINE",
    });
    const raised = await db.suggestion.findUniqueOrThrow({ where: { id: formal.id } });
    expect(raised).toMatchObject({
      kind: "DEPUTY_SUGGESTION",
      status: "ACCEPTED",
      originId: opinion.id,
      proposerDeputyId: deputy.id,
      proposerId: deputyActor.id,
    });

    await assignSuggestion(w.staff, { ...(await ref(formal.id)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
    await unitAccept(w.leadStaff, await ref(formal.id));
    await recordContact(w.leadStaff, {
      ...(await ref(formal.id)),
      method: "PHONE",
      occurredOn: shanghaiDateOf(new Date()),
      content: "电话联系代表",
    });
    await submitReply(w.leadStaff, {
      ...(await ref(formal.id)),
      classification: "A",
      content: "社区老年食堂已于本月开业。",
    });
    await sendReply(w.staff, await ref(formal.id));
    const told = await db.notification.findFirst({
      where: { userId: w.resident.id, title: "您的意见转成的代表建议已答复", link: `/track/${formal.trackingCode}` },
    });
    expect(told).not.toBeNull();
    // and the letter's page leads to it
    const seen = await loadLetterByCode(trackingCode, w.resident, client);
    expect(seen.suggestion?.mergedInto?.trackingCode).toBe(formal.trackingCode);
  });
});

describe("who may read and act on a letter", () => {
  it("refuses another deputy, another resident and a station admin, each on the audit record", async () => {
    const { trackingCode } = await write(w.resident, { subject: "楼道灯坏了很久" });
    const letter = await letterOf(trackingCode);
    const target = { targetType: "DeputyLetter", targetId: String(letter.id), result: "DENIED" as const };

    const byDeputy = await refusalOf(loadLetter(letter.id, otherDeputyActor, "letter.read", client));
    expect(byDeputy.code).toBe("notFound");
    const replyByDeputy = await refusalOf(
      replyToLetter(otherDeputyActor, { letterId: letter.id, body: "我来回复" }, client),
    );
    expect(replyByDeputy.code).toBe("notFound");
    expect(await db.auditEvent.count({ where: { ...target, actorId: otherDeputyActor.id } })).toBe(2);

    const byResident = await refusalOf(loadLetterByCode(trackingCode, otherResident, client));
    expect(byResident.code).toBe("notFound");
    expect(await db.auditEvent.count({ where: { ...target, actorId: otherResident.id } })).toBe(1);

    await refusalOf(passLetterToStation(stationAdmin, { letterId: letter.id, categoryId: w.category.id }, client));
    expect(await db.auditEvent.count({ where: { ...target, actorId: stationAdmin.id } })).toBe(1);

    // the writer cannot answer their own letter either
    await refusalOf(replyToLetter(w.resident, { letterId: letter.id, body: "自问自答" }, client));
    expect(await db.auditEvent.count({ where: { ...target, actorId: w.resident.id } })).toBe(1);

    const untouched = await letterOf(trackingCode);
    expect(untouched).toMatchObject({ status: "OPEN", suggestionId: null });
    expect(untouched.replies).toHaveLength(0);
  });
});

describe("letters unanswered for N working days", () => {
  it("are flagged to the station admin once, and shown in their view; fresh or answered ones are not", async () => {
    const old = await letterOf((await write(w.resident, { subject: "垃圾站异味大" })).trackingCode);
    const answered = await letterOf((await write(w.resident, { subject: "停车位不够用" })).trackingCode);
    const fresh = await letterOf((await write(w.resident, { subject: "路口缺少红绿灯" })).trackingCode);
    const longAgo = new Date(Date.now() - 20 * 86_400_000);
    await db.deputyLetter.updateMany({ where: { id: { in: [old.id, answered.id] } }, data: { createdAt: longAgo } });
    await replyToLetter(deputyActor, { letterId: answered.id, body: "已转告街道。" }, client);

    await flagOverdueLetters();
    const rows = await db.deputyLetter.findMany({ where: { id: { in: [old.id, answered.id, fresh.id] } } });
    const flagged = (id: number) => rows.find((r) => r.id === id)?.flaggedAt != null;
    expect([flagged(old.id), flagged(answered.id), flagged(fresh.id)]).toEqual([true, false, false]);

    const notices = () => db.notification.count({ where: { userId: stationAdmin.id, title: "代表来信超期未答复" } });
    const once = await notices();
    expect(once).toBeGreaterThanOrEqual(1);
    await flagOverdueLetters(); // a second run tells nobody again
    expect(await notices()).toBe(once);
    expect(
      await db.auditEvent.count({ where: { action: "letter.flag", targetId: String(old.id), result: "SUCCESS" } }),
    ).toBe(1);

    const view = await overdueLettersForStations(stationAdmin);
    expect(view.map((l) => l.id)).toContain(old.id);
    expect(view.map((l) => l.id)).not.toContain(fresh.id);
    // another station's admin sees none of them
    const elsewhere = actorOf(await createStaffUser("STATION_ADMIN"), { stationIds: [] });
    expect(await overdueLettersForStations(elsewhere)).toEqual([]);
  });
});
