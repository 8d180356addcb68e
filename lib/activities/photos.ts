// Photos of a duty activity: re-encoded on upload by the same code as suggestions' photos (no location or camera
// data, at most 2048 px, a thumbnail kept; decision 0041), at most 12 per activity, read only by those who manage
// the activity (a refusal is audited and answered as "not found").
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { AppError, foundOrNull } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { PHOTO_LIMITS } from "../suggestions/upload-limits.ts";
import { filesIn, readUploads } from "../suggestions/uploads.ts";
import { loadActivityFor } from "./access.ts";
import { photosSchema } from "./schemas.ts";

export const MAX_ACTIVITY_PHOTOS = 12;

export async function addActivityPhotos(actor: Actor, raw: unknown, files: File[], client?: ClientInfo) {
  const input = photosSchema.parse(raw);
  const a = await loadActivityFor(actor, input.activityId, client);
  if (filesIn(files).length === 0) throw new AppError("invalid", "photoRequired");
  const photos = await readUploads(files, PHOTO_LIMITS);
  await db.$transaction(async (tx) => {
    // The activity row is locked so two uploads at once cannot pass the cap together.
    await tx.$queryRaw`SELECT id FROM "DutyActivity" WHERE id = ${a.id} FOR UPDATE`;
    const have = await tx.dutyActivityPhoto.count({ where: { activityId: a.id } });
    if (have + photos.length > MAX_ACTIVITY_PHOTOS) throw new AppError("invalid", "activities.tooManyPhotos");
    await tx.dutyActivityPhoto.createMany({
      data: photos.map((p) => ({
        activityId: a.id,
        mimeType: p.mimeType,
        size: p.data.length,
        data: p.data,
        thumbnail: p.thumbnail!,
        uploadedById: actor.id,
      })),
    });
    await recordAudit(
      {
        actor,
        action: "activity.photo.add",
        target: { type: "DutyActivity", id: a.id },
        result: "SUCCESS",
        client,
        detail: { count: photos.length, bytes: photos.reduce((n, p) => n + p.data.length, 0) },
      },
      tx,
    );
  });
}

/** A photo's bytes for someone who manages its activity, or null (missing, or out of scope: audited). */
export async function readActivityPhoto(actor: Actor, photoId: number, client: ClientInfo) {
  const photo = await db.dutyActivityPhoto.findUnique({
    where: { id: photoId },
    select: { activityId: true, mimeType: true, data: true, thumbnail: true },
  });
  if (!photo) return null;
  return (await foundOrNull(loadActivityFor(actor, photo.activityId, client))) ? photo : null;
}
