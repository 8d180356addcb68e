// The deputy answers a letter written to them: a reply the resident reads on the tracking page, or, for a 约访,
// one of the proposed times and a place (decision 0065: the agreed meeting is kept on the letter and shown on the
// resident's /me, not made a booking of a reception session). Each is told in the portal and by text message.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notifyProposer } from "../notifications/notify.ts";
import { written } from "../notifications/texts.ts";
import { moveDeputyLetter } from "../status/deputy-letter.ts";
import { loadLetter, type LetterDetail } from "./load-letter.ts";
import { meetingSchema, replySchema } from "./schemas.ts";

/** A letter passed to the station or raised as a suggestion is in other hands now. */
export function assertStillWithDeputy(letter: Pick<LetterDetail, "status">) {
  if (letter.status === "PASSED" || letter.status === "RAISED") throw new AppError("invalid", "letters.closed");
}

export async function replyToLetter(actor: Actor, raw: unknown, client: ClientInfo) {
  const input = replySchema.parse(raw);
  const letter = await loadLetter(input.letterId, actor, "letter.answer", client);
  assertStillWithDeputy(letter);
  await db.$transaction(async (tx) => {
    const now = new Date();
    await moveDeputyLetter(tx, {
      where: { id: letter.id },
      to: "ANSWERED",
      data: { answeredAt: letter.answeredAt ?? now },
    });
    await tx.deputyLetterReply.create({ data: { letterId: letter.id, authorId: actor.id, body: input.body } });
    await notifyProposer(tx, letter.residentId, {
      title: written("notice.letterReplied.title"),
      body: written("notice.letterReplied.body", {
        deputy: letter.deputy.name,
        subject: letter.subject,
        code: letter.trackingCode,
      }),
      link: `/track/letter/${letter.trackingCode}`,
      sms: written("sms.letterReplied", { deputy: letter.deputy.name, code: letter.trackingCode }),
    });
    await recordAudit(
      { actor, action: "letter.reply", target: { type: "DeputyLetter", id: letter.id }, result: "SUCCESS", client },
      tx,
    );
  });
}

/** A time and date as a text message says it: "12月8日 14:30". */
const spoken = (d: Date) =>
  d.toLocaleString("zh-CN", {
    timeZone: "Asia/Shanghai",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

export async function agreeMeeting(actor: Actor, raw: unknown, client: ClientInfo) {
  const input = meetingSchema.parse(raw);
  const letter = await loadLetter(input.letterId, actor, "letter.answer", client);
  assertStillWithDeputy(letter);
  if (letter.kind !== "MEETING") throw new AppError("invalid", "letters.notMeeting");
  if (letter.meetingAt) throw new AppError("invalid", "letters.meetingAgreed");
  const at = letter.proposedTimes[input.time];
  if (!at) throw new AppError("invalid", "letters.timeRequired", undefined, { field: "time" });
  if (at.getTime() <= Date.now()) throw new AppError("invalid", "letters.timeInPast", undefined, { field: "time" });
  await db.$transaction(async (tx) => {
    await moveDeputyLetter(tx, {
      // Agreed once: a second agreement (two tabs) matches nothing and is refused as stale.
      where: { id: letter.id, meetingAt: null },
      to: "ANSWERED",
      data: { meetingAt: at, meetingPlace: input.place, answeredAt: letter.answeredAt ?? new Date() },
    });
    const when = spoken(at);
    await notifyProposer(tx, letter.residentId, {
      title: written("notice.letterMeeting.title"),
      body: written("notice.letterMeeting.body", {
        deputy: letter.deputy.name,
        when,
        place: input.place,
        subject: letter.subject,
      }),
      link: `/track/letter/${letter.trackingCode}`,
      sms: written("sms.letterMeeting", {
        deputy: letter.deputy.name,
        when,
        place: input.place,
        code: letter.trackingCode,
      }),
    });
    await recordAudit(
      {
        actor,
        action: "letter.meeting",
        target: { type: "DeputyLetter", id: letter.id },
        result: "SUCCESS",
        client,
        detail: { meetingAt: at.toISOString() },
      },
      tx,
    );
  });
}
