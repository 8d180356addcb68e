// Bad-input corpus, part 1: the suggestion loop (submit, record on behalf, triage, assign, unit steps, reply,
// relay, evaluation), uploads, passwords and resident sign-in. Part 2 (reception, supervision, calendar) is in
// bad-input-corpus-reception.test.ts; the checks themselves are in bad-input/harness.ts.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { db } from "@/lib/db";
import { submitSuggestion } from "@/lib/suggestions/submit-suggestion";
import { recordOnBehalf } from "@/lib/suggestions/record-on-behalf";
import { acceptSuggestion, declineSuggestion, mergeSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { recordContact, requestExtension, unitAccept, postProgress } from "@/lib/suggestions/unit-actions";
import { unitReturn } from "@/lib/suggestions/returns";
import { submitReply } from "@/lib/suggestions/reply";
import { messageUnit } from "@/lib/suggestions/relay";
import { evaluateSuggestion } from "@/lib/suggestions/evaluate";
import { readUploads } from "@/lib/suggestions/uploads";
import { PHOTO_LIMITS } from "@/lib/suggestions/schemas";
import { changePassword } from "@/lib/auth/change-password";
import { otpLogin, requestOtp } from "@/lib/auth/otp";
import { passwordLogin } from "@/lib/auth/password-login";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { createAuthSession } from "@/lib/auth/auth-session";
import { actorForSession } from "@/lib/auth/current-actor";
import { createLoopWorld, submitAs, versionOf, type LoopWorld } from "./../factories/loop";
import { createStaffUser, TEST_PASSWORD } from "../factories/users";
import {
  BAD_DATES,
  BAD_IDS,
  EMPTYISH_TEXTS,
  HUGE_EMOJI,
  HUGE_TEXT,
  attempt,
  expectRefused,
  fingerprint,
  oneOf,
  type Case,
} from "./bad-input/harness";

const client = { ip: "127.0.0.9", userAgent: "vitest" };
const today = () => shanghaiDateOf(new Date());
const ref = async (id: number) => ({ suggestionId: id, version: await versionOf(id) });

let w: LoopWorld;
let submitted: number; // SUBMITTED: for triage
let handling: number; // HANDLING by the lead unit, contact recorded: for the unit's steps and the reply
let staffSignedIn: Awaited<ReturnType<typeof actorForSession>>;

beforeAll(async () => {
  w = await createLoopWorld();
  submitted = await submitAs(w, "待受理的事项");
  handling = await submitAs(w, "办理中的事项");
  await acceptSuggestion(w.staff, await ref(handling));
  await assignSuggestion(w.staff, { ...(await ref(handling)), leadUnitId: w.leadUnit.id, coUnitIds: [] });
  await unitAccept(w.leadStaff, await ref(handling));
  await recordContact(w.leadStaff, {
    ...(await ref(handling)),
    method: "PHONE",
    occurredOn: today(),
    content: "电话联系提出人",
  });
  const staffUser = await createStaffUser("COMMITTEE_STAFF");
  staffSignedIn = await actorForSession(await createAuthSession(staffUser.id, client, undefined, { complete: true }));
});

const validSubmission = () => ({
  title: "小区门口路灯不亮",
  content: "东门两盏路灯坏了一个多月，晚上很黑。",
  categoryId: String(w.category.id),
  stationId: String(w.station.id),
  confidential: "",
  via: "web",
  idempotencyKey: randomUUID(),
});
const submit = (over: Record<string, unknown>) => () =>
  submitSuggestion(w.resident, { ...validSubmission(), ...over }, [], client);

const textCases = (prefix: string, field: string, run: (v: unknown) => () => Promise<unknown>): Case[] => [
  ...EMPTYISH_TEXTS.map(([n, v]): Case => ({ name: `${prefix}: ${field} ${n}`, field, run: run(v) })),
  { name: `${prefix}: ${field} 10,000 characters`, field, run: run(HUGE_TEXT) },
];
const idCases = (prefix: string, field: string, run: (v: unknown) => () => Promise<unknown>, pick?: string[]) =>
  (pick ? oneOf(BAD_IDS, pick) : BAD_IDS).map(([n, v]): Case => ({
    name: `${prefix}: ${field} ${n}`,
    field,
    run: run(v),
  }));

const suggestionCases = (): Case[] => [
  // submit (resident)
  ...textCases("submit", "title", (v) => submit({ title: v })),
  { name: "submit: title of 10,000 emoji", field: "title", run: submit({ title: HUGE_EMOJI }) },
  {
    name: "submit: title of 3 letters around invisible ones",
    field: "title",
    run: submit({ title: "路\u200B灯\u202E坏" }),
  },
  ...textCases("submit", "content", (v) => submit({ content: v })),
  ...idCases("submit", "categoryId", (v) => submit({ categoryId: v })),
  ...idCases("submit", "stationId", (v) => submit({ stationId: v }), ["int4 overflow", "non-numeric", "negative"]),
  { name: "submit: neither station nor region", field: "stationId", run: submit({ stationId: "" }) },
  { name: "submit: idempotency key too short", field: "idempotencyKey", run: submit({ idempotencyKey: "abc" }) },
  {
    name: "submit: idempotency key with SQL",
    field: "idempotencyKey",
    run: submit({ idempotencyKey: "';DROP TABLE x;--aaaaaaaa" }),
  },
  { name: "submit: unknown via", field: "via", run: submit({ via: "email" }) },
  { name: "submit: unknown extra key", field: "form", run: submit({ proposerId: "1" }) },
  { name: "submit: location 10,000 characters", field: "locationText", run: submit({ locationText: HUGE_TEXT }) },

  // record on behalf (staff)
  ...[
    ["too short", "1380013800"],
    ["starts with 2", "23800138000"],
    ["twelve digits", "138001380000"],
    ["country code", "+8613800138000"],
    ["letters", "1380013800a"],
    ["full-width digits", "１３８００１３８０００"],
    ["SQL", "13800138000' OR '1'='1"],
  ].map(([n, phone]): Case => ({
    name: `record on behalf: phone ${n}`,
    field: "proposerPhone",
    run: () =>
      recordOnBehalf(
        w.staff,
        { ...validSubmission(), source: "WALK_IN", proposerName: "王大爷", proposerPhone: phone },
        client,
      ),
  })),
  ...["", "\u200B\u200B", "\u0000"].map((name, i): Case => ({
    name: `record on behalf: proposer name empty #${i}`,
    field: "proposerName",
    run: () => recordOnBehalf(w.staff, { ...validSubmission(), source: "LETTER", proposerName: name }, client),
  })),
  ...["EMAIL", "walk_in", ""].map((source): Case => ({
    name: `record on behalf: source "${source}"`,
    field: "source",
    run: () => recordOnBehalf(w.staff, { ...validSubmission(), source, proposerName: "王大爷" }, client),
  })),

  // triage (staff)
  ...idCases("accept", "suggestionId", (v) => async () => acceptSuggestion(w.staff, { suggestionId: v, version: "1" })),
  ...idCases(
    "accept",
    "version",
    (v) => async () => acceptSuggestion(w.staff, { suggestionId: submitted, version: v }),
    ["int4 overflow", "non-numeric", "negative"],
  ),
  {
    name: "accept: unknown extra key",
    field: "form",
    run: async () => acceptSuggestion(w.staff, { ...(await ref(submitted)), status: "CLOSED" }),
  },
  ...textCases(
    "decline",
    "reason",
    (v) => async () => declineSuggestion(w.staff, { ...(await ref(submitted)), reason: v }),
  ).slice(0, 7),
  {
    name: "decline: reason 10,000 characters",
    field: "reason",
    run: async () => declineSuggestion(w.staff, { ...(await ref(submitted)), reason: HUGE_TEXT }),
  },
  ...["", "ABC", "ABCDEFGHI", "ABCD-123", "'; --xx", "\u202EABCDEFG"].map((targetCode): Case => ({
    name: `merge: target code "${targetCode}"`,
    field: "targetCode",
    run: async () => mergeSuggestion(w.staff, { ...(await ref(submitted)), targetCode }),
  })),
  ...idCases(
    "assign",
    "leadUnitId",
    (v) => async () => assignSuggestion(w.staff, { ...(await ref(submitted)), leadUnitId: v, coUnitIds: [] }),
    ["int4 overflow", "non-numeric", "negative", "zero"],
  ),
  {
    name: "assign: six co-units",
    field: "coUnitIds",
    run: async () =>
      assignSuggestion(w.staff, {
        ...(await ref(submitted)),
        leadUnitId: w.leadUnit.id,
        coUnitIds: [1, 2, 3, 4, 5, 6],
      }),
  },
  {
    name: "assign: co-unit id past int4",
    field: "coUnitIds",
    run: async () =>
      assignSuggestion(w.staff, { ...(await ref(submitted)), leadUnitId: w.leadUnit.id, coUnitIds: ["2147483648"] }),
  },

  // unit steps
  ...BAD_DATES.map(([n, occurredOn]): Case => ({
    name: `contact: date ${n}`,
    field: "occurredOn",
    run: async () =>
      recordContact(w.leadStaff, { ...(await ref(handling)), method: "PHONE", occurredOn, content: "电话联系提出人" }),
  })),
  {
    name: "contact: date before the item was raised",
    field: "form",
    run: async () =>
      recordContact(w.leadStaff, {
        ...(await ref(handling)),
        method: "PHONE",
        occurredOn: "2001-01-01",
        content: "电话联系提出人",
      }),
  },
  {
    name: "contact: date in the future",
    field: "form",
    run: async () =>
      recordContact(w.leadStaff, {
        ...(await ref(handling)),
        method: "PHONE",
        occurredOn: "2099-01-01",
        content: "电话联系提出人",
      }),
  },
  {
    name: "contact: unknown method",
    field: "method",
    run: async () =>
      recordContact(w.leadStaff, {
        ...(await ref(handling)),
        method: "EMAIL",
        occurredOn: today(),
        content: "电话联系提出人",
      }),
  },
  ...textCases(
    "contact",
    "content",
    (v) => async () =>
      recordContact(w.leadStaff, { ...(await ref(handling)), method: "PHONE", occurredOn: today(), content: v }),
  ).slice(0, 5),
  ...oneOf(BAD_DATES, ["impossible day", "year 1000", "year 9999"]).map(([n, until]): Case => ({
    name: `extension: until ${n}`,
    field: "until",
    run: async () => requestExtension(w.leadStaff, { ...(await ref(handling)), until, reason: "需要协调多个部门" }),
  })),
  {
    name: "extension: reason zero-width",
    field: "reason",
    run: async () =>
      requestExtension(w.leadStaff, {
        ...(await ref(handling)),
        until: "2099-01-01",
        reason: "\u200B\u200B\u200B\u200B\u200B",
      }),
  },
  ...textCases(
    "return",
    "reason",
    (v) => async () => unitReturn(w.leadStaff, { ...(await ref(handling)), reason: v }),
  ).slice(0, 4),
  {
    name: "progress: content RTL override",
    field: "content",
    run: async () => postProgress(w.leadStaff, { ...(await ref(handling)), content: "\u202E\u202E\u202E\u202E" }),
  },
  ...["E", "a", "", "A,B"].map((classification): Case => ({
    name: `reply: class "${classification}"`,
    field: "classification",
    run: async () =>
      submitReply(w.leadStaff, {
        ...(await ref(handling)),
        classification,
        content: "已经列入今年的维修计划，年底前完成。",
      }),
  })),
  ...textCases(
    "reply",
    "content",
    (v) => async () => submitReply(w.leadStaff, { ...(await ref(handling)), classification: "A", content: v }),
  ).slice(0, 5),
  ...oneOf(BAD_DATES, ["impossible day", "year 1000", "not a date"]).map(([n, nextCheckOn]): Case => ({
    name: `reply: next check ${n}`,
    field: "nextCheckOn",
    run: async () =>
      submitReply(w.leadStaff, {
        ...(await ref(handling)),
        classification: "B",
        content: "已经列入今年的维修计划，年底前完成。",
        nextCheckOn,
      }),
  })),
  {
    name: "message to unit: body zero-width",
    field: "body",
    run: async () => messageUnit(w.resident, { ...(await ref(handling)), body: "\u200B\u200B\u200B\u200B\u200B" }),
  },
  {
    name: "evaluate: unknown result",
    field: "result",
    run: async () => evaluateSuggestion(w.resident, { ...(await ref(handling)), result: "VERY_SATISFIED" }),
  },
];

// A real JPEG, a fake one, and other bytes dressed as images.
const jpeg = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#c33" } })
    .jpeg()
    .toBuffer();
const file = (bytes: Uint8Array | Buffer, name: string, type = "image/jpeg") =>
  new File([new Uint8Array(bytes)], name, { type });
const withPhotos = (files: () => Promise<File[]>) => async () => {
  // As app/actions/submit-suggestion.ts does: the photos are read and checked, then the suggestion is created.
  const photos = await readUploads(await files(), PHOTO_LIMITS);
  return submitSuggestion(w.resident, validSubmission(), photos, client);
};
const replyWith = (files: () => Promise<File[]>) => async () =>
  submitReply(w.leadStaff, {
    ...(await ref(handling)),
    classification: "A",
    content: "已经列入今年的维修计划，年底前完成。",
    files: await files(),
  });

const uploadCases = (): Case[] => [
  {
    name: "upload: photo over 5 MB",
    field: "form",
    run: withPhotos(async () => [file(Buffer.concat([await jpeg(), Buffer.alloc(5 * 1024 * 1024)]), "big.jpg")]),
  },
  {
    name: "upload: 50 MB photo",
    field: "form",
    run: withPhotos(async () => [file(Buffer.alloc(50 * 1024 * 1024, 0xff), "huge.jpg")]),
  },
  {
    name: "upload: four photos",
    field: "form",
    run: withPhotos(async () => Promise.all([1, 2, 3, 4].map(async (i) => file(await jpeg(), `${i}.jpg`)))),
  },
  {
    name: "upload: text named .jpg",
    field: "form",
    run: withPhotos(async () => [file(Buffer.from("just some text"), "photo.jpg")]),
  },
  {
    name: "upload: program named .png",
    field: "form",
    run: withPhotos(async () => [file(Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), "photo.png", "image/png")]),
  },
  {
    name: "upload: PDF as a photo",
    field: "form",
    run: withPhotos(async () => [file(Buffer.from("%PDF-1.7\n%\xE2\xE3"), "scan.jpg")]),
  },
  {
    name: "upload: HTML as a photo",
    field: "form",
    run: withPhotos(async () => [file(Buffer.from("<script>alert(1)</script>"), "x.jpg", "text/html")]),
  },
  {
    name: "upload: JPEG header, then garbage",
    field: "form",
    run: withPhotos(async () => [file(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]), "broken.jpg")]),
  },
  {
    name: "upload: SVG (script-capable) as a photo",
    field: "form",
    run: withPhotos(async () => [
      file(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), "x.svg", "image/svg+xml"),
    ]),
  },
  {
    name: "reply upload: over 5 MB",
    field: "form",
    run: replyWith(async () => [
      file(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(5 * 1024 * 1024)]), "letter.pdf", "application/pdf"),
    ]),
  },
  {
    name: "reply upload: a ZIP",
    field: "form",
    run: replyWith(async () => [file(Buffer.from("PK\x03\x04rest"), "letter.pdf", "application/pdf")]),
  },
  {
    name: "reply upload: four files",
    field: "form",
    run: replyWith(async () => Promise.all([1, 2, 3, 4].map(async (i) => file(await jpeg(), `${i}.jpg`)))),
  },
];

const accountCases = (): Case[] => [
  ...[
    ["keyboard walk", "1qaz2wsx3edc"],
    ["sequence", "abcdefghijkl"],
    ["the README's demo password", "demo-Pass-2026"],
    ["a context word", "renda-station-2026"],
    ["too short", "Ab1!"],
    ["65 characters", "x9-Harbor-".repeat(6) + "Lamp!"],
    ["zero-width only", "\u200B".repeat(14)],
    ["not a string", 12345678901234],
  ].map(([n, next]): Case => ({
    name: `change password: ${n}`,
    field: "next",
    run: () => changePassword(staffSignedIn!, { current: TEST_PASSWORD, next, confirm: next }, client),
  })),
  {
    name: "change password: current missing",
    field: "current",
    run: () => changePassword(staffSignedIn!, { next: "quiet-Meadow-2261", confirm: "quiet-Meadow-2261" }, client),
  },
  {
    name: "change password: unknown extra key",
    field: "form",
    run: () =>
      changePassword(
        staffSignedIn!,
        { current: TEST_PASSWORD, next: "quiet-Meadow-2261", confirm: "quiet-Meadow-2261", role: "ADMIN" },
        client,
      ),
  },
  ...[
    ["empty", ""],
    ["ten digits", "1380013800"],
    ["landline", "010-12345678"],
    ["letters", "1380013800x"],
    ["NUL bytes around too few digits", "\u0000138\u00000013\u0000"],
    ["SQL", "' OR 1=1 --"],
    ["10,000 digits", "1".repeat(10_000)],
    ["an array", ["13800138000"]],
  ].map(([n, phone]): Case => ({
    name: `OTP request: phone ${n}`,
    field: "form",
    run: () => requestOtp({ phone }, client),
  })),
  ...[
    ["five digits", "12345"],
    ["letters", "12345a"],
    ["seven digits", "1234567"],
    ["empty", ""],
  ].map(([n, code]): Case => ({
    name: `OTP sign-in: code ${n}`,
    field: "form",
    run: () => otpLogin({ phone: "13800138000", code }, client),
  })),
  ...[
    ["empty", ""],
    ["zero-width only", "\u200B\u200B"],
    ["41 characters", "a".repeat(41)],
  ].map(([n, username]): Case => ({
    name: `staff sign-in: username ${n}`,
    field: "form",
    run: () => passwordLogin({ username, password: "x" }, client),
  })),
];

describe("bad input: the suggestion loop, uploads, passwords and sign-in (S2)", () => {
  it("has a large corpus", () => {
    expect(suggestionCases().length + uploadCases().length + accountCases().length).toBeGreaterThanOrEqual(150);
  });

  it("refuses every bad suggestion-loop input with a Chinese message and changes nothing", async () => {
    for (const c of suggestionCases()) await expectRefused(c);
  }, 120_000);

  it("refuses every bad upload with a Chinese message and stores nothing", async () => {
    for (const c of uploadCases()) await expectRefused(c);
  }, 120_000);

  it("refuses weak passwords and bad sign-in input in Chinese and changes nothing", async () => {
    for (const c of accountCases()) await expectRefused(c);
  }, 120_000);
});

describe("what is stored is clean (S2)", () => {
  it("strips invisible and direction characters from text and file names, and keeps SQL and HTML as plain text", async () => {
    const payloads = {
      title: "路灯\u202E不亮\u200B了\u0000吗",
      content: "<script>alert('x')</script>'; DROP TABLE \"Suggestion\"; -- 🙂\u2066\u2069",
    };
    const photos = await readUploads([file(await jpeg(), "\u202Egpj.exe\u0000/../../etc/passwd.jpg")], PHOTO_LIMITS);
    const r = await submitSuggestion(w.resident, { ...validSubmission(), ...payloads }, photos, client);
    const s = await db.suggestion.findUniqueOrThrow({ where: { id: r.id }, include: { attachments: true } });
    expect(s.title).toBe("路灯不亮了吗");
    expect(s.content).toBe("<script>alert('x')</script>'; DROP TABLE \"Suggestion\"; -- 🙂");
    expect(s.attachments[0].fileName).toBe("gpj.exe_.._.._etc_passwd.jpg");
    expect(await db.suggestion.count()).toBeGreaterThan(0); // the table is still there
  });

  it("re-encodes photos: GPS and other metadata gone, at most 2048 px, a thumbnail made", async () => {
    const big = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: "#3a6" } })
      .withExif({
        IFD0: { Make: "SpyCam", Copyright: "张三 13800138000" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 15/1 0/1" },
      })
      .jpeg()
      .toBuffer();
    expect((await sharp(big).metadata()).exif).toBeTruthy();
    const [photo] = await readUploads([file(big, "street.jpg")], PHOTO_LIMITS);
    const meta = await sharp(photo.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(photo.data).includes("SpyCam")).toBe(false);
    expect([meta.width, meta.height, meta.format]).toEqual([2048, 512, "jpeg"]);
    const thumb = await sharp(photo.thumbnail!).metadata();
    expect([thumb.width, thumb.format]).toEqual([320, "webp"]);

    const r = await submitSuggestion(w.resident, validSubmission(), [photo], client);
    const stored = await db.attachment.findFirstOrThrow({ where: { suggestionId: r.id } });
    expect(stored.size).toBe(photo.data.length);
    expect(stored.thumbnail?.length).toBeGreaterThan(0);
  });

  it("keeps a resident to the hourly cap on submissions, with a Chinese refusal, and a retry costs nothing", async () => {
    const resident = { ...w.resident, id: (await createStaffUser("RESIDENT")).id };
    const first = validSubmission();
    await submitSuggestion(resident, first, [], client);
    // Retries of the same form (R2) answer with the first suggestion and do not count.
    for (let i = 0; i < 3; i++) expect((await submitSuggestion(resident, first, [], client)).duplicate).toBe(true);
    for (let i = 0; i < 9; i++) await submitSuggestion(resident, validSubmission(), [], client);
    const before = await fingerprint();
    const refused = await attempt(() => submitSuggestion(resident, validSubmission(), [], client));
    expect(refused.formError).toBe("submissionCap");
    expect(await fingerprint()).toBe(before);
    expect(await db.suggestion.count({ where: { proposerId: resident.id } })).toBe(10);
    expect(
      await db.auditEvent.count({ where: { actorId: resident.id, result: "DENIED", action: "suggestion.submit" } }),
    ).toBe(1);
  });
});
