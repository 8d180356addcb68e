// 提出: a resident (opinion) or a deputy (formal suggestion) submits in their own name. The tracking code comes
// back at once. A repeated submit with the same idempotency key returns the first suggestion instead of a
// second one (R2): the key is unique in the database, so even two simultaneous requests make one row.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { isUniqueViolation } from "../prisma-errors.ts";
import { dueAtFor } from "./due.ts";
import type { Photo } from "./photos.ts";
import { submitSuggestionSchema } from "./schemas.ts";
import { newTrackingCode } from "./tracking-code.ts";

export type SubmitResult = { id: number; trackingCode: string; duplicate: boolean };

export async function submitSuggestion(actor: Actor, raw: unknown, photos: Photo[], client: ClientInfo): Promise<SubmitResult> {
  if (!can(actor, "suggestion.submit")) throw new AppError("forbidden");
  const input = submitSuggestionSchema.parse(raw);

  const earlier = await db.suggestion.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, trackingCode: true, proposerId: true },
  });
  if (earlier) return sameProposer(earlier, actor);

  const [category, station] = await Promise.all([
    db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }),
    input.stationId ? db.station.findFirst({ where: { id: input.stationId, active: true }, select: { id: true, regionId: true } }) : null,
  ]);
  if (!category) throw new AppError("invalid", "categoryRequired");
  if (input.stationId && !station) throw new AppError("invalid", "placeRequired");
  const regionId = station?.regionId ?? input.regionId!;
  if (!station && !(await db.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw new AppError("invalid", "placeRequired");

  const isDeputy = actor.role === "DEPUTY";
  const kind = isDeputy ? "DEPUTY_SUGGESTION" : "OPINION";
  const source = isDeputy ? "DEPUTY" : input.via === "qr" ? "QR" : "ONLINE";
  const now = new Date();
  // A resident's opinion has a time to first response; a deputy suggestion's clock starts when it is assigned.
  const dueAt = kind === "OPINION" ? await dueAtFor("RESPOND", { kind, source, categoryId: category.id }, now) : null;

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const s = await tx.suggestion.create({
          data: {
            trackingCode: newTrackingCode(),
            kind,
            source,
            title: input.title,
            content: input.content,
            categoryId: category.id,
            regionId,
            stationId: station?.id ?? null,
            locationText: input.locationText || null,
            confidential: input.confidential,
            proposerId: actor.id,
            proposerDeputyId: isDeputy ? actor.deputyId : null,
            dueAt,
            submittedAt: now,
            idempotencyKey: input.idempotencyKey,
          },
          select: { id: true, trackingCode: true },
        });
        if (photos.length) {
          await tx.attachment.createMany({
            data: photos.map((p) => ({ suggestionId: s.id, fileName: p.fileName, mimeType: p.mimeType, size: p.data.length, data: p.data, uploadedById: actor.id })),
          });
        }
        await tx.suggestionEvent.create({
          data: { suggestionId: s.id, actorId: actor.id, actorRole: actor.role, action: "SUBMIT", toStatus: "SUBMITTED", createdAt: now },
        });
        await tx.notification.create({
          data: { userId: actor.id, title: "已收到您反映的事项", body: `查询码 ${s.trackingCode}，可随时查看办理进度。`, link: `/track/${s.trackingCode}` },
        });
        await recordAudit({ actor, action: "suggestion.submit", target: { type: "Suggestion", id: s.id }, result: "SUCCESS", client }, tx);
        return { ...s, duplicate: false };
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Either the same request arrived twice at once (the key), or a tracking code collided (try a new one).
      const raced = await db.suggestion.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
        select: { id: true, trackingCode: true, proposerId: true },
      });
      if (raced) return sameProposer(raced, actor);
    }
  }
  throw new AppError("conflict");
}

/** A key reused by someone else is not theirs to see. */
function sameProposer(s: { id: number; trackingCode: string; proposerId: number | null }, actor: Actor): SubmitResult {
  if (s.proposerId !== actor.id) throw new AppError("conflict");
  return { id: s.id, trackingCode: s.trackingCode, duplicate: true };
}
