import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { submitSuggestion } from "@/lib/suggestions/submit-suggestion";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { createStaffUser } from "../factories/users";
import { createPlace } from "../factories/places";

const client = { ip: "127.0.0.3", userAgent: "vitest" };
const asActor = (u: { id: number; role: Actor["role"] }, over: Partial<Actor> = {}): Actor => ({
  id: u.id,
  role: u.role,
  regionPath: null,
  unitId: null,
  deputyId: null,
  stationIds: [],
  ...over,
});

describe("submitting a suggestion", () => {
  it("gives a resident a tracking code at once and records the first step", async () => {
    const { category, station } = await createPlace();
    const resident = asActor(await createStaffUser("RESIDENT"));
    const input = {
      title: "路灯不亮",
      content: "小区门口两盏路灯坏了一个月，晚上很黑。",
      categoryId: category.id,
      stationId: station.id,
      confidential: "on",
      via: "qr",
      idempotencyKey: randomUUID(),
    };
    const r = await submitSuggestion(resident, input, [], client);
    expect(r.trackingCode).toMatch(/^[2-9A-Z]{8}$/);
    const s = await db.suggestion.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
    expect(s).toMatchObject({
      status: "SUBMITTED",
      kind: "OPINION",
      source: "QR",
      confidential: true,
      proposerId: resident.id,
      regionId: station.regionId,
    });
    expect(s.events.map((e) => [e.action, e.toStatus])).toEqual([["SUBMIT", "SUBMITTED"]]);
    expect(await db.notification.count({ where: { userId: resident.id } })).toBe(1);
  });

  it("makes one suggestion from a double click or a retry, even at the same moment (R2)", async () => {
    const { category, station } = await createPlace();
    const resident = asActor(await createStaffUser("RESIDENT"));
    const input = {
      title: "公交站没有遮雨棚",
      content: "下雨天等车的老人都淋湿了，希望加装遮雨棚。",
      categoryId: category.id,
      stationId: station.id,
      confidential: "",
      via: "web",
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => submitSuggestion(resident, input, [], client)));
    expect(new Set(results.map((r) => r.trackingCode)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db.suggestion.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it("files a deputy's submission as a formal deputy suggestion", async () => {
    const { category, region } = await createPlace();
    const deputy = await db.deputy.create({ data: { name: "王代表", qrToken: `d${randomUUID().slice(0, 8)}` } });
    const user = await createStaffUser("DEPUTY");
    const r = await submitSuggestion(
      asActor(user, { deputyId: deputy.id }),
      {
        title: "关于加快老旧小区加装电梯的建议",
        content: "多位选民反映加装电梯审批慢，建议简化流程。",
        categoryId: category.id,
        regionId: region.id,
        confidential: "",
        via: "web",
        idempotencyKey: randomUUID(),
      },
      [],
      client,
    );
    const s = await db.suggestion.findUniqueOrThrow({ where: { id: r.id } });
    expect(s).toMatchObject({ kind: "DEPUTY_SUGGESTION", source: "DEPUTY", proposerDeputyId: deputy.id, dueAt: null });
  });

  it("refuses roles that do not submit in their own name", async () => {
    const { category, station } = await createPlace();
    const unit = asActor(await createStaffUser("UNIT_STAFF"));
    await expect(
      submitSuggestion(
        unit,
        {
          title: "测试标题",
          content: "测试内容测试内容测试",
          categoryId: category.id,
          stationId: station.id,
          confidential: "",
          via: "web",
          idempotencyKey: randomUUID(),
        },
        [],
        client,
      ),
    ).rejects.toThrow(AppError);
  });

  it("explains bad input field by field and writes nothing", async () => {
    const resident = asActor(await createStaffUser("RESIDENT"));
    const before = await db.suggestion.count();
    const err = await submitSuggestion(
      resident,
      {
        title: "短",
        content: "太短",
        categoryId: "",
        confidential: "",
        via: "web",
        idempotencyKey: randomUUID(),
        extra: "x",
      },
      [],
      client,
    ).catch((e) => e);
    expect(err).toBeInstanceOf(ZodError);
    const fields = Object.fromEntries((err as ZodError).issues.map((i) => [String(i.path[0] ?? ""), i.message]));
    expect(fields).toMatchObject({ title: "titleTooShort", content: "contentTooShort" });
    expect(await db.suggestion.count()).toBe(before);
  });

  it("records a submission started from a station's QR code as QR, and a bare marker without the station as online", async () => {
    const { category, station } = await createPlace();
    const resident = asActor(await createStaffUser("RESIDENT"));
    const base = { title: "井盖松动", content: "小区东门口井盖松动，车辆经过响声很大。", categoryId: category.id };
    const scanned = await submitSuggestion(
      resident,
      { ...base, stationId: station.id, via: "qr", idempotencyKey: randomUUID() },
      [],
      client,
    );
    const typed = await submitSuggestion(
      resident,
      { ...base, regionId: station.regionId, via: "qr", idempotencyKey: randomUUID() },
      [],
      client,
    );
    const web = await submitSuggestion(
      resident,
      { ...base, stationId: station.id, idempotencyKey: randomUUID() },
      [],
      client,
    );
    const sources = await db.suggestion.findMany({
      where: { id: { in: [scanned.id, typed.id, web.id] } },
      select: { id: true, source: true },
    });
    expect(Object.fromEntries(sources.map((s) => [s.id, s.source]))).toEqual({
      [scanned.id]: "QR",
      [typed.id]: "ONLINE",
      [web.id]: "ONLINE",
    });
  });
});
