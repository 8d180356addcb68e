// Creates a suggestion with its first event, photos, audit row and the submitter's notification, once per
// idempotency key (R2): the key is unique in the database, so even two simultaneous requests make one row.
// Used by residents and deputies submitting in their own name and by staff recording on someone's behalf.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { SuggestionKind, SuggestionSource } from "../generated/prisma/enums.ts";
import { isUniqueViolation } from "../database-errors.ts";
import { assertUploadQuota } from "../storage/upload-quota.ts";
import { dueAtFor } from "./due.ts";
import type { Upload } from "./uploads.ts";
import { nextDeputyNumber } from "./deputy-number.ts";
import { newTrackingCode } from "./tracking-code.ts";
import { written } from "../notifications/texts.ts";

export type NewSuggestion = {
  title: string;
  content: string;
  categoryId: number;
  regionId: number;
  stationId: number | null;
  locationText: string | null;
  confidential: boolean;
  kind: SuggestionKind;
  source: SuggestionSource;
  proposerId: number | null;
  proposerDeputyId?: number | null;
  proposerName?: string | null;
  proposerPhoneEnc?: string | null;
  recordedById?: number | null;
  /** A suggestion raised from a reception's duty log (lib/reception/duty-log.ts). */
  receptionSessionId?: number | null;
  /** The first event's note when the item comes from elsewhere than the sources below (a letter to a deputy). */
  submitNote?: string;
  idempotencyKey: string;
};

export type CreateResult = { id: number; trackingCode: string; duplicate: boolean };

/** Where a submission is made: an active station, or a region; the category must exist. */
export async function resolvePlace(categoryId: number, stationId: number | undefined, regionId: number | undefined) {
  const [category, station] = await Promise.all([
    db.category.findUnique({ where: { id: categoryId }, select: { id: true } }),
    stationId
      ? db.station.findFirst({
          where: { id: stationId, active: true },
          select: { id: true, regionId: true, region: { select: { path: true } } },
        })
      : null,
  ]);
  if (!category) throw new AppError("invalid", "categoryRequired");
  if (stationId && !station) throw new AppError("invalid", "placeRequired");
  const region = await db.region.findUnique({
    where: { id: station?.regionId ?? regionId ?? -1 },
    select: { id: true, path: true },
  });
  if (!region) throw new AppError("invalid", "placeRequired");
  return { categoryId: category.id, stationId: station?.id ?? null, regionId: region.id, regionPath: region.path };
}

type Place = Awaited<ReturnType<typeof resolvePlace>>;
type FormFields = {
  title: string;
  content: string;
  locationText: string;
  confidential: boolean;
  idempotencyKey: string;
};

/** The columns every submit form fills the same way, whoever submits. */
export function formFields(input: FormFields, place: Place) {
  return {
    title: input.title,
    content: input.content,
    categoryId: place.categoryId,
    regionId: place.regionId,
    stationId: place.stationId,
    locationText: input.locationText || null,
    confidential: input.confidential,
    idempotencyKey: input.idempotencyKey,
  };
}

export async function createSuggestion(
  actor: Actor,
  data: NewSuggestion,
  photos: Upload[],
  client: ClientInfo,
): Promise<CreateResult> {
  const { submitNote, ...columns } = data;
  const earlier = await findByKey(data.idempotencyKey, actor);
  if (earlier) return earlier;
  const now = new Date();
  // A resident's opinion has a time to first response; a deputy suggestion's clock starts when it is assigned.
  const dueAt =
    data.kind === "OPINION"
      ? await dueAtFor("RESPOND", { kind: data.kind, source: data.source, categoryId: data.categoryId }, now)
      : null;

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const s = await tx.suggestion.create({
          data: {
            ...columns,
            ...(columns.kind === "DEPUTY_SUGGESTION" ? await nextDeputyNumber(tx, now) : {}),
            trackingCode: newTrackingCode(),
            dueAt,
            submittedAt: now,
          },
          select: { id: true, trackingCode: true },
        });
        if (photos.length) {
          await assertUploadQuota(
            tx,
            actor,
            photos.reduce((sum, p) => sum + p.data.length, 0),
          );
          await tx.attachment.createMany({
            data: photos.map((p) => ({
              suggestionId: s.id,
              fileName: p.fileName,
              mimeType: p.mimeType,
              size: p.data.length,
              data: p.data,
              thumbnail: p.thumbnail ?? null,
              uploadedById: actor.id,
            })),
          });
        }
        await tx.suggestionEvent.create({
          data: {
            suggestionId: s.id,
            actorId: actor.id,
            actorRole: actor.role,
            action: "SUBMIT",
            toStatus: "SUBMITTED",
            createdAt: now,
            reason:
              submitNote ??
              (data.recordedById
                ? data.source === "RECEPTION"
                  ? written("recorded.fromReception")
                  : written(
                      data.source === "LETTER"
                        ? "recorded.onBehalf.LETTER"
                        : data.source === "HOTLINE"
                          ? "recorded.onBehalf.HOTLINE"
                          : "recorded.onBehalf.VISIT",
                    )
                : null),
          },
        });
        if (data.proposerId) {
          await tx.notification.create({
            data: {
              userId: data.proposerId,
              title: written("notice.received.title"),
              body: written("notice.received.body", { code: s.trackingCode }),
              link: `/track/${s.trackingCode}`,
            },
          });
        }
        await recordAudit(
          {
            actor,
            action: data.recordedById ? "suggestion.recordOnBehalf" : "suggestion.submit",
            target: { type: "Suggestion", id: s.id },
            result: "SUCCESS",
            client,
          },
          tx,
        );
        return { ...s, duplicate: false };
      });
    } catch (err) {
      if (err instanceof AppError && err.messageKey.startsWith("uploadQuota")) {
        // Refused (and rolled back): the refusal is audited on its own.
        await recordAudit({
          actor,
          action: data.recordedById ? "suggestion.recordOnBehalf" : "suggestion.submit",
          result: "DENIED",
          client,
          detail: { reason: err.messageKey, files: photos.length },
        });
      }
      if (!isUniqueViolation(err)) throw err;
      // Either the same request arrived twice at once (the key), or a tracking code collided (try a new one).
      const raced = await findByKey(data.idempotencyKey, actor);
      if (raced) return raced;
    }
  }
  throw new AppError("conflict");
}

async function findByKey(key: string, actor: Actor): Promise<CreateResult | null> {
  const s = await db.suggestion.findUnique({
    where: { idempotencyKey: key },
    select: { id: true, trackingCode: true, proposerId: true, recordedById: true },
  });
  if (!s) return null;
  // A key reused by someone else is not theirs to see.
  if (s.proposerId !== actor.id && s.recordedById !== actor.id) throw new AppError("conflict");
  return { id: s.id, trackingCode: s.trackingCode, duplicate: true };
}
