// Decision 0060: one resident cannot fill the disk (per-person quotas, counted in the transaction that stores
// the files), and below the disk floor no upload is taken while text still is; /api/health reports the disk.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import sharp from "sharp";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/run-action";
import { GET as health } from "@/app/api/health/route";
import { createSuggestion, formFields, resolvePlace } from "@/lib/suggestions/create-suggestion";
import { submitSuggestion } from "@/lib/suggestions/submit-suggestion";
import type { Upload } from "@/lib/suggestions/uploads";
import zhCN from "@/lib/i18n/messages/zh-CN/ops.json";
import type { Actor } from "@/lib/auth/permissions";
import { actorOf } from "../factories/loop";
import { createPlace } from "../factories/places";
import { createStaffUser } from "../factories/users";

const MB = 1024 * 1024;
const client = { ip: "127.0.0.9", userAgent: "vitest" };
const saved = { ...process.env };
afterEach(() => {
  for (const k of ["DISK_FREE_FLOOR_MB", "UPLOAD_QUOTA_DAY_MB", "UPLOAD_QUOTA_TOTAL_MB"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

/** A stored photo of `mb` megabytes (what the re-encoder would hand over). */
const photo = (mb: number): Upload => ({
  fileName: "photo.jpg",
  mimeType: "image/jpeg",
  data: new Uint8Array(Math.round(mb * MB)),
  thumbnail: null,
});

async function world() {
  const place = await createPlace();
  return { place, resident: actorOf(await createStaffUser("RESIDENT")) };
}

async function submitWithPhotos(w: Awaited<ReturnType<typeof world>>, photos: Upload[], actor: Actor = w.resident) {
  const where = await resolvePlace(w.place.category.id, w.place.station.id, undefined);
  const fields = formFields(
    {
      title: "照片很多的建议",
      content: "小区里的问题拍了很多照片，请看附件。",
      locationText: "",
      confidential: false,
      idempotencyKey: randomUUID(),
    },
    where,
  );
  return createSuggestion(
    actor,
    { ...fields, kind: "OPINION", source: "ONLINE", proposerId: w.resident.id },
    photos,
    client,
  );
}

const storedBy = async (userId: number) =>
  (await db.attachment.aggregate({ where: { uploadedById: userId }, _sum: { size: true } }))._sum.size ?? 0;

describe("per-person attachment quotas", () => {
  it("stops one resident sending photo after photo: 31 photos of 4.5 MB do not all get in (default 50 MB a day)", async () => {
    const w = await world();
    const outcomes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const three = [photo(4.5), photo(4.5), photo(4.5)];
      outcomes.push(
        await submitWithPhotos(w, three).then(
          () => "ok",
          (e: unknown) => (e instanceof AppError ? e.messageKey : String(e)),
        ),
      );
    }
    expect(outcomes.slice(0, 3)).toEqual(["ok", "ok", "ok"]); // 40.5 MB
    expect(outcomes.slice(3)).toEqual(Array(8).fill("uploadQuotaDay")); // 54 MB would pass 50
    expect(await storedBy(w.resident.id)).toBe(Math.round(4.5 * MB) * 9);
    expect(await db.suggestion.count({ where: { proposerId: w.resident.id } })).toBe(3); // nothing half-written
    const denied = await db.auditEvent.findMany({
      where: { actorId: w.resident.id, action: "suggestion.submit", result: "DENIED" },
    });
    expect(denied).toHaveLength(8);
    expect(denied[0].detail).toMatchObject({ reason: "uploadQuotaDay", files: 3 });
    // Text still goes in: the quota is about files.
    await expect(submitWithPhotos(w, [])).resolves.toMatchObject({ duplicate: false });
  });

  it("has a total quota too, and the refusal is a plain Chinese sentence", async () => {
    process.env.UPLOAD_QUOTA_DAY_MB = "0"; // off: only the total counts here
    process.env.UPLOAD_QUOTA_TOTAL_MB = "3";
    const w = await world();
    await submitWithPhotos(w, [photo(2)]);
    const values = { title: "再来一张" };
    const refused = await runFormAction(values, async () => {
      await submitWithPhotos(w, [photo(1.5)]);
      return { ok: true };
    });
    expect(refused).toEqual({ formError: "uploadQuotaTotal", values });
    expect(zhCN.errors.uploadQuotaTotal).toMatch(/^您上传的照片和文件总量已达上限，本次内容尚未保存/);
    await expect(submitWithPhotos(w, [photo(0.9)])).resolves.toMatchObject({ duplicate: false });
  });

  it("counts two simultaneous submissions one after the other: together they cannot pass the quota", async () => {
    process.env.UPLOAD_QUOTA_DAY_MB = "5";
    const w = await world();
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => submitWithPhotos(w, [photo(2)])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect(r.reason).toMatchObject({ messageKey: "uploadQuotaDay" });
    expect(await storedBy(w.resident.id)).toBe(4 * MB);
  });

  it("does not count staff, whose uploads come with their work", async () => {
    process.env.UPLOAD_QUOTA_DAY_MB = "1";
    const w = await world();
    const staff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: w.place.region.id }), {
      regionPath: w.place.region.path,
    });
    await expect(submitWithPhotos(w, [photo(2), photo(2)], staff)).resolves.toMatchObject({ duplicate: false });
  });
});

describe("the disk floor", () => {
  const realPhoto = async () =>
    new File(
      [
        new Uint8Array(
          await sharp({ create: { width: 64, height: 64, channels: 3, background: "#3a7" } })
            .jpeg()
            .toBuffer(),
        ),
      ],
      "p.jpg",
      { type: "image/jpeg" },
    );

  it("below the floor, refuses photos in Chinese and gives the text back; text alone still goes in", async () => {
    process.env.DISK_FREE_FLOOR_MB = String(1e12); // more than any disk has: the floor is reached
    const { category, station } = await createPlace();
    const resident = actorOf(await createStaffUser("RESIDENT"));
    const values = {
      title: "下水道堵了",
      content: "楼下下水道堵了三天，附上照片。",
      categoryId: String(category.id),
      stationId: String(station.id),
      confidential: "",
      via: "web",
      idempotencyKey: randomUUID(),
    };
    const { readUploads } = await import("@/lib/suggestions/uploads");
    const { PHOTO_LIMITS } = await import("@/lib/suggestions/upload-limits");
    const send = (files: File[], v = values) =>
      runFormAction(v, async () => {
        const photos = await readUploads(files, PHOTO_LIMITS);
        await submitSuggestion(resident, v, photos, client);
        return { ok: true };
      });
    expect(await send([await realPhoto()])).toEqual({ formError: "diskFull", values });
    expect(zhCN.errors.diskFull).toContain("系统存储空间不足");
    expect(await db.suggestion.count({ where: { proposerId: resident.id } })).toBe(0);

    const body = await (await health()).json();
    expect(body).toMatchObject({ status: "degraded", database: { status: "up" }, disk: { status: "low" } });

    expect(await send([])).toEqual({ ok: true }); // no files: accepted
    process.env.DISK_FREE_FLOOR_MB = "0"; // floor off (or space freed): photos are taken again
    expect(await send([await realPhoto()], { ...values, idempotencyKey: randomUUID() })).toEqual({ ok: true });
    expect(await db.attachment.count({ where: { uploadedById: resident.id } })).toBe(1);
  });

  it("health reports the free space and the floor", async () => {
    process.env.DISK_FREE_FLOOR_MB = "1";
    const res = await health();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.disk.floorMb).toBe(1);
    expect(body.disk.freeMb).toBeGreaterThan(1);
  });
});
