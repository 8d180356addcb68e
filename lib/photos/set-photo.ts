// Put up, replace or take down the public photo of a station or a deputy (issue 11, docs/decisions/0056).
// Order: input checked, then who may (refusals audited), then the file is read and re-encoded (only for someone
// allowed to: decoding is the expensive part), then one transaction that writes the photo and its audit row with
// what the photo was and what it became. The owner's row is locked first, so two replacements at once end with
// one photo and two honest audit rows.
import { createHash } from "node:crypto";
import { z } from "zod";
import { db, type Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { filesIn, readUploads, type Upload } from "../suggestions/uploads.ts";
import { id, text } from "../validation/fields.ts";
import { PHOTO_ALT_MAX, PUBLIC_PHOTO_LIMITS } from "./limits.ts";
import { loadPhotoOwner, ownerTarget, type PhotoOwner } from "./photo-owner.ts";

const ownerFields = { owner: z.enum(["station", "deputy"], { error: "invalid" }), ownerId: id() };
export const setPhotoSchema = z.strictObject({
  ...ownerFields,
  alt: text({ max: PHOTO_ALT_MAX }),
});
export const removePhotoSchema = z.strictObject(ownerFields);

/** What the audit row keeps of a photo: never the bytes. */
type PhotoSummary = { key: string; alt: string | null; width: number; height: number; size: number };
const summarySelect = { key: true, alt: true, width: true, height: true, size: true } as const;

/** The stored row of a re-encoded upload, without its owner: the key is the content id of the bytes. */
export function photoRow(photo: Upload, uploadedById: number) {
  return {
    key: createHash("sha256").update(photo.data).digest("hex").slice(0, 32),
    mimeType: photo.mimeType,
    width: photo.width!,
    height: photo.height!,
    size: photo.data.length,
    data: photo.data,
    thumbnail: photo.thumbnail!,
    uploadedById,
  };
}

const where = (o: PhotoOwner) => (o.kind === "station" ? { stationId: o.id } : { deputyId: o.id });

async function lockOwner(tx: Tx, o: PhotoOwner) {
  if (o.kind === "station") await tx.$queryRaw`SELECT id FROM "Station" WHERE id = ${o.id} FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "Deputy" WHERE id = ${o.id} FOR UPDATE`;
}

export async function setPhoto(
  actor: Actor,
  raw: unknown,
  files: File[],
  client?: ClientInfo,
): Promise<{ key: string }> {
  const input = setPhotoSchema.parse(raw);
  const owner = await loadPhotoOwner(actor, input.owner, input.ownerId, client);
  if (filesIn(files).length === 0) throw new AppError("invalid", "photoRequired");
  const [photo] = await readUploads(files, PUBLIC_PHOTO_LIMITS);
  const row = { ...photoRow(photo, actor.id), alt: input.alt || null };
  const key = row.key;
  await db.$transaction(async (tx) => {
    await lockOwner(tx, owner);
    const before: PhotoSummary | null = await tx.publicPhoto.findFirst({ where: where(owner), select: summarySelect });
    await tx.publicPhoto.deleteMany({ where: where(owner) });
    await tx.publicPhoto.create({ data: { ...row, ...where(owner) }, select: { id: true } });
    const after: PhotoSummary = { key, alt: row.alt, width: row.width, height: row.height, size: row.size };
    await recordAudit(
      { actor, action: "photo.set", target: ownerTarget(owner), result: "SUCCESS", client, detail: { before, after } },
      tx,
    );
  });
  return { key };
}

export async function removePhoto(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = removePhotoSchema.parse(raw);
  const owner = await loadPhotoOwner(actor, input.owner, input.ownerId, client);
  await db.$transaction(async (tx) => {
    await lockOwner(tx, owner);
    const before = await tx.publicPhoto.findFirst({ where: where(owner), select: summarySelect });
    // Someone else took it down a moment ago: nothing to remove, and nothing to record as removed.
    if (!before) throw new AppError("stale", "photoGone");
    await tx.publicPhoto.deleteMany({ where: where(owner) });
    await recordAudit(
      {
        actor,
        action: "photo.remove",
        target: ownerTarget(owner),
        result: "SUCCESS",
        client,
        detail: { before, after: null },
      },
      tx,
    );
  });
}
