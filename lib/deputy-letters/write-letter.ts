// 写给代表: a signed-in resident writes to one deputy (a message, or a 约访 with 1–3 proposed times) from the
// deputy's page or 代表码 and gets a tracking code at once. The deputy is told in the portal and by text message.
// Letters count against the same hourly cap as suggestions: one account cannot flood anyone (decision 0065).
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { assertCan } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { isUniqueViolation } from "../database-errors.ts";
import { notifyDeputy, notifyUsers } from "../notifications/notify.ts";
import { written } from "../notifications/texts.ts";
import { countSubmission, isOverSubmissionCap, submissionLimit } from "../suggestions/submission-cap.ts";
import { newTrackingCode } from "../suggestions/tracking-code.ts";
import { writeLetterSchema } from "./schemas.ts";

export async function writeLetter(actor: Actor, raw: unknown, client: ClientInfo): Promise<{ trackingCode: string }> {
  await assertCan(actor, "letter.write", undefined, { client });
  const input = writeLetterSchema.parse(raw);
  const earlier = await findByKey(input.idempotencyKey, actor);
  if (earlier) return earlier;
  const limit = await submissionLimit(actor.id);
  if (await isOverSubmissionCap(limit)) {
    await recordAudit({
      actor,
      action: "letter.write",
      result: "DENIED",
      client,
      detail: { reason: "submissionCap", perHour: limit.max },
    });
    throw new AppError("rateLimited", "submissionCap");
  }
  const deputy = await db.deputy.findFirst({ where: { id: input.deputyId, active: true }, select: { id: true } });
  if (!deputy) throw new AppError("notFound");

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const letter = await db.$transaction(async (tx) => {
        const l = await tx.deputyLetter.create({
          data: {
            trackingCode: newTrackingCode(),
            deputyId: deputy.id,
            residentId: actor.id,
            kind: input.kind,
            subject: input.subject,
            body: input.body,
            viaQr: input.via === "qr",
            proposedTimes: input.proposedTimes,
            idempotencyKey: input.idempotencyKey,
          },
          select: { id: true, trackingCode: true },
        });
        const meeting = input.kind === "MEETING";
        await notifyDeputy(tx, deputy.id, {
          title: written(meeting ? "notice.letter.meetingTitle" : "notice.letter.title"),
          body: meeting
            ? written("notice.letter.meetingBody", {
                subject: input.subject,
                count: input.proposedTimes.length,
                code: l.trackingCode,
              })
            : written("notice.letter.body", { subject: input.subject, code: l.trackingCode }),
          link: `/deputy/letters/${l.id}`,
          sms: written("sms.letterToDeputy", { code: l.trackingCode }),
        });
        await notifyUsers(tx, [actor.id], {
          title: written("notice.received.title"),
          body: written("notice.received.body", { code: l.trackingCode }),
          link: `/track/letter/${l.trackingCode}`,
        });
        await recordAudit(
          {
            actor,
            action: "letter.write",
            target: { type: "DeputyLetter", id: l.id },
            result: "SUCCESS",
            client,
            detail: { deputyId: deputy.id, kind: input.kind, viaQr: input.via === "qr" },
          },
          tx,
        );
        return l;
      });
      await countSubmission(limit);
      return { trackingCode: letter.trackingCode };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same form twice at once (the key), or a tracking code collided (try a new one).
      const raced = await findByKey(input.idempotencyKey, actor);
      if (raced) return raced;
    }
  }
  throw new AppError("conflict");
}

async function findByKey(key: string, actor: Actor) {
  const l = await db.deputyLetter.findUnique({
    where: { idempotencyKey: key },
    select: { trackingCode: true, residentId: true },
  });
  if (!l) return null;
  // A key reused by someone else is not theirs to see.
  if (l.residentId !== actor.id) throw new AppError("conflict");
  return { trackingCode: l.trackingCode };
}
