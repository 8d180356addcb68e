// 提出: a resident (opinion) or a deputy (formal suggestion) submits in their own name and gets the tracking
// code at once.
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { createSuggestion, formFields, resolvePlace, type CreateResult } from "./create-suggestion.ts";
import type { Upload } from "./uploads.ts";
import { submitSuggestionSchema } from "./schemas.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { countSubmission, isOverSubmissionCap, submissionLimit } from "./submission-cap.ts";

export type SubmitResult = CreateResult;

export async function submitSuggestion(
  actor: Actor,
  raw: unknown,
  photos: Upload[],
  client: ClientInfo,
): Promise<SubmitResult> {
  if (!can(actor, "suggestion.submit")) throw new AppError("forbidden");
  const input = submitSuggestionSchema.parse(raw);
  const limit = await submissionLimit(actor.id);
  if (await isOverSubmissionCap(limit)) {
    await recordAudit({
      actor,
      action: "suggestion.submit",
      result: "DENIED",
      client,
      detail: { reason: "submissionCap", perHour: limit.max },
    });
    throw new AppError("rateLimited", "submissionCap");
  }
  const place = await resolvePlace(input.categoryId, input.stationId, input.regionId);
  const isDeputy = actor.role === "DEPUTY";
  const result = await createSuggestion(
    actor,
    {
      ...formFields(input, place),
      kind: isDeputy ? "DEPUTY_SUGGESTION" : "OPINION",
      // A station's QR code names the station: a "qr" marker without one (a hand-made address) is a web submission.
      source: isDeputy ? "DEPUTY" : input.via === "qr" && place.stationId != null ? "QR" : "ONLINE",
      proposerId: actor.id,
      proposerDeputyId: isDeputy ? actor.deputyId : null,
    },
    photos,
    client,
  );
  if (!result.duplicate) await countSubmission(limit);
  return result;
}
