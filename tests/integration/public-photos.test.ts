// Public photos of stations and deputies (issue 11, docs/decisions/0056): staff of the region put one up, replace or
// take it down; what is stored is a fresh JPEG without the camera's metadata, at most 1600 px and 600 KB; it is
// served by content id with a year's caching; every change and every refusal is on the audit record.
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { db } from "@/lib/db";
import { removePhoto, setPhoto } from "@/lib/photos/set-photo";
import { PUBLIC_PHOTO_IMAGE } from "@/lib/photos/limits";
import { getPublicStation } from "@/lib/stations/queries";
import { getPublicDeputy } from "@/lib/reception/queries";
import { GET } from "@/app/api/photos/[key]/route";
import { actorOf } from "../factories/loop";
import { createReceptionWorld } from "../factories/reception";
import { createStaffUser } from "../factories/users";

const file = (bytes: Buffer, name: string, type = "image/jpeg") => new File([new Uint8Array(bytes)], name, { type });

/** A phone's photo: large, noisy (so it does not compress to nothing), with GPS and the owner's name in EXIF. */
async function phonePhoto(width = 2400, height = 1800) {
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: "SpyCam", Copyright: "张三 13800138000" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 15/1 0/1" },
    })
    .jpeg({ quality: 80 })
    .toBuffer();
}

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; messageKey?: string };
  }
  throw new Error("expected a refusal");
}

const get = (key: string, init: RequestInit = {}, query = "") =>
  GET(new Request(`http://localhost/api/photos/${key}${query}`, init), { params: Promise.resolve({ key }) });

describe("a station's public photo", () => {
  it("is re-encoded without metadata, capped in pixels and bytes, shown on the station's page and served immutably", async () => {
    const w = await createReceptionWorld({ deputies: 1 });
    const original = await phonePhoto();
    expect(original.length).toBeGreaterThan(PUBLIC_PHOTO_IMAGE.maxBytes);
    expect((await sharp(original).metadata()).exif).toBeTruthy();

    const stationId = String(w.station.id);
    const { key } = await setPhoto(w.staff, { owner: "station", ownerId: stationId, alt: "联络站门口\u200B" }, [
      file(original, "IMG_0001.jpg"),
    ]);

    const stored = await db.publicPhoto.findFirstOrThrow({ where: { stationId: w.station.id } });
    const meta = await sharp(stored.data).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(stored.data).includes("SpyCam")).toBe(false);
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(PUBLIC_PHOTO_IMAGE.maxSide);
    expect(stored.size).toBeLessThanOrEqual(PUBLIC_PHOTO_IMAGE.maxBytes);
    expect([stored.width, stored.height]).toEqual([meta.width, meta.height]);
    expect(stored.alt).toBe("联络站门口"); // invisible characters gone
    const thumb = await sharp(stored.thumbnail).metadata();
    expect(Math.max(thumb.width, thumb.height)).toBe(PUBLIC_PHOTO_IMAGE.thumbnailSide);

    // The public page carries it, with what it shows.
    expect((await getPublicStation(w.station.id))?.photo).toEqual({
      key,
      alt: "联络站门口",
      width: stored.width,
      height: stored.height,
    });

    // Served by content id: the same bytes, cached for a year, revalidation answered without them.
    const res = await get(key);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(stored.data))).toBe(true);
    const again = await get(key, { headers: { "if-none-match": res.headers.get("etag")! } });
    expect(again.status).toBe(304);
    const small = await get(key, {}, "?size=thumb");
    expect((await sharp(Buffer.from(await small.arrayBuffer())).metadata()).width).toBeLessThanOrEqual(320);

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "photo.set", targetType: "Station", targetId: stationId },
    });
    expect(audit).toMatchObject({ actorId: w.staff.id, result: "SUCCESS" });
    expect(audit.detail).toMatchObject({ before: null, after: { key, alt: "联络站门口", size: stored.size } });
  }, 60_000);

  it("replacing writes a new content id and audits before and after; removing deletes the bytes and is audited", async () => {
    const w = await createReceptionWorld({ deputies: 1 });
    const ref = { owner: "station", ownerId: String(w.station.id) };
    const png = await sharp({ create: { width: 800, height: 600, channels: 4, background: "#36a8" } })
      .png()
      .toBuffer();
    const first = await setPhoto(w.staff, { ...ref, alt: "" }, [file(png, "a.png", "image/png")]);
    const webp = await sharp({ create: { width: 900, height: 500, channels: 3, background: "#c33" } })
      .webp()
      .toBuffer();
    const second = await setPhoto(w.staff, { ...ref, alt: "新址" }, [file(webp, "b.webp", "image/webp")]);
    expect(second.key).not.toBe(first.key);
    expect(await db.publicPhoto.count({ where: { stationId: w.station.id } })).toBe(1);
    expect((await get(first.key)).status).toBe(404); // the old content is gone from the store
    const replaced = await db.auditEvent.findFirstOrThrow({
      where: { action: "photo.set", targetId: String(w.station.id) },
      orderBy: { id: "desc" },
    });
    expect(replaced.detail).toMatchObject({
      before: { key: first.key, alt: null },
      after: { key: second.key, alt: "新址", width: 900, height: 500 },
    });

    await removePhoto(w.staff, ref);
    expect(await db.publicPhoto.count({ where: { stationId: w.station.id } })).toBe(0);
    expect((await get(second.key)).status).toBe(404);
    expect((await getPublicStation(w.station.id))?.photo).toBeNull();
    const removed = await db.auditEvent.findFirstOrThrow({
      where: { action: "photo.remove", targetId: String(w.station.id) },
    });
    expect(removed.detail).toMatchObject({ before: { key: second.key, alt: "新址" }, after: null });
    // Nothing left to take down: said so, nothing recorded as removed twice.
    expect((await rejection(removePhoto(w.staff, ref))).messageKey).toBe("photoGone");
    expect(await db.auditEvent.count({ where: { action: "photo.remove", targetId: String(w.station.id) } })).toBe(1);
  });

  it("refuses a file that is not an image and a file over 5 MB, storing nothing", async () => {
    const w = await createReceptionWorld({ deputies: 1 });
    const ref = { owner: "station", ownerId: String(w.station.id), alt: "" };
    const pdf = Buffer.from("%PDF-1.7 not a photo");
    expect((await rejection(setPhoto(w.staff, ref, [file(pdf, "x.jpg")]))).messageKey).toBe("photoType");
    const huge = Buffer.concat([await phonePhoto(200, 200), Buffer.alloc(5 * 1024 * 1024)]);
    expect((await rejection(setPhoto(w.staff, ref, [file(huge, "x.jpg")]))).messageKey).toBe("photoTooLarge");
    expect((await rejection(setPhoto(w.staff, ref, []))).messageKey).toBe("photoRequired");
    expect(await db.publicPhoto.count({ where: { stationId: w.station.id } })).toBe(0);
  });
});

describe("a deputy's public photo", () => {
  it("is put up by staff of the deputy's region and shown on the profile and beside their name at the station", async () => {
    const w = await createReceptionWorld({ deputies: 1 });
    const deputy = w.deputies[0];
    const jpeg = await sharp({ create: { width: 600, height: 800, channels: 3, background: "#888" } })
      .jpeg()
      .toBuffer();
    const { key } = await setPhoto(w.staff, { owner: "deputy", ownerId: String(deputy.id), alt: "" }, [
      file(jpeg, "face.jpg"),
    ]);
    expect((await getPublicDeputy(deputy.id))?.photo).toMatchObject({ key, alt: null, width: 600, height: 800 });
    const onStation = (await getPublicStation(w.station.id))?.deputies.find((d) => d.deputy.id === deputy.id);
    expect(onStation?.deputy.photo).toEqual({ key });
    expect(
      await db.auditEvent.count({ where: { action: "photo.set", targetType: "Deputy", targetId: String(deputy.id) } }),
    ).toBe(1);
  });
});

describe("out of scope", () => {
  it("staff of another region get 'not found' for a station and a deputy, with a DENIED row and nothing stored", async () => {
    const w = await createReceptionWorld({ deputies: 1 });
    const elsewhere = await createReceptionWorld({ deputies: 1 });
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c33" } })
      .jpeg()
      .toBuffer();
    for (const [owner, ownerId, type] of [
      ["station", elsewhere.station.id, "Station"],
      ["deputy", elsewhere.deputies[0].id, "Deputy"],
    ] as const) {
      const ref = { owner, ownerId: String(ownerId) };
      expect((await rejection(setPhoto(w.staff, { ...ref, alt: "" }, [file(jpeg, "x.jpg")]))).code).toBe("notFound");
      expect((await rejection(removePhoto(w.staff, ref))).code).toBe("notFound");
      expect(
        await db.auditEvent.count({
          where: { actorId: w.staff.id, result: "DENIED", targetType: type, targetId: String(ownerId) },
        }),
      ).toBe(2);
    }
    // Roles without the permission: a station admin (even of that station), a deputy, a resident.
    const resident = actorOf(await createStaffUser("RESIDENT"));
    for (const actor of [w.admin, w.deputy, resident]) {
      const refused = await rejection(
        setPhoto(actor, { owner: "station", ownerId: String(w.station.id), alt: "" }, [file(jpeg, "x.jpg")]),
      );
      expect(["forbidden", "notFound"]).toContain(refused.code);
    }
    const owners = [
      { stationId: { in: [w.station.id, elsewhere.station.id] } },
      { deputyId: { in: [w.deputies[0].id, elsewhere.deputies[0].id] } },
    ];
    expect(await db.publicPhoto.count({ where: { OR: owners } })).toBe(0);
  });
});
