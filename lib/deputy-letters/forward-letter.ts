// The deputy hands a letter on: to the station (it enters the staff queue as the resident's opinion, with the
// letter and the deputy's replies as its content, its channel kept: 扫码 or 网上), or as their own suggestion
// (代表建议): the same opinion is made and at once raised in the deputy's name (lib/suggestions/raise-as-deputy.ts),
// so the formal suggestion keeps `originId` and its final reply reaches the resident like any raised opinion.
//
// Two steps: the opinion is created first (createSuggestion, once per letter and step by its idempotency key),
// then the letter moves. A failure between them leaves the letter with the deputy; trying again finds the same
// opinion and finishes (decision 0065).
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notifyProposer } from "../notifications/notify.ts";
import { written } from "../notifications/texts.ts";
import { moveDeputyLetter } from "../status/deputy-letter.ts";
import { createSuggestion, resolvePlace } from "../suggestions/create-suggestion.ts";
import { raiseOpinion } from "../suggestions/raise-as-deputy.ts";
import { shanghaiDateOf } from "../calendar/civil-date.ts";
import { loadLetter, type LetterDetail } from "./load-letter.ts";
import { assertStillWithDeputy } from "./answer-letter.ts";
import { passSchema, raiseSchema } from "./schemas.ts";

const CONTENT_MAX = 5000;

/** The letter and every reply, as the opinion's content: staff see what was said before it reached them. */
export function letterHistory(letter: Pick<LetterDetail, "body" | "replies" | "deputy">): string {
  const parts = [
    written("recorded.letterBody") + letter.body,
    ...letter.replies.map((r) =>
      written("recorded.letterReply", {
        deputy: letter.deputy.name,
        date: shanghaiDateOf(r.createdAt),
        body: r.body,
      }),
    ),
  ];
  const text = parts.join("\n\n");
  return text.length > CONTENT_MAX ? text.slice(0, CONTENT_MAX - 1) + "…" : text;
}

async function openingFor(
  actor: Actor,
  input: { letterId: number; categoryId: number; stationId?: number },
  step: "pass" | "raise",
  client: ClientInfo,
) {
  const letter = await loadLetter(input.letterId, actor, "letter.answer", client);
  assertStillWithDeputy(letter);
  // The deputy's own stations only; a deputy at none files it in the region of their mandate.
  if (input.stationId != null && !actor.stationIds.includes(input.stationId))
    throw new AppError("invalid", "placeRequired", undefined, { field: "stationId" });
  const stationId = input.stationId ?? actor.stationIds[0];
  const mandate = stationId
    ? null
    : await db.deputyMandate.findFirst({ where: { deputyId: letter.deputyId }, select: { regionId: true } });
  const place = await resolvePlace(input.categoryId, stationId, mandate?.regionId);
  const opinion = await createSuggestion(
    actor,
    {
      title: letter.subject,
      content: letterHistory(letter),
      categoryId: place.categoryId,
      regionId: place.regionId,
      stationId: place.stationId,
      locationText: null,
      confidential: false,
      kind: "OPINION",
      source: letter.viaQr ? "QR" : "ONLINE",
      proposerId: letter.residentId,
      recordedById: actor.id,
      submitNote: written("recorded.fromLetter", { deputy: letter.deputy.name, code: letter.trackingCode }),
      idempotencyKey: `letter-${letter.id}-${step}`,
    },
    [],
    client,
  );
  return { letter, opinion };
}

export async function passLetterToStation(actor: Actor, raw: unknown, client: ClientInfo) {
  const input = passSchema.parse(raw);
  const { letter, opinion } = await openingFor(actor, input, "pass", client);
  await db.$transaction(async (tx) => {
    await moveDeputyLetter(tx, { where: { id: letter.id }, to: "PASSED", data: { suggestionId: opinion.id } });
    await notifyProposer(tx, letter.residentId, {
      title: written("notice.letterPassed.title"),
      body: written("notice.letterPassed.body", {
        deputy: letter.deputy.name,
        subject: letter.subject,
        code: opinion.trackingCode,
      }),
      link: `/track/${opinion.trackingCode}`,
    });
    await recordAudit(
      {
        actor,
        action: "letter.pass",
        target: { type: "DeputyLetter", id: letter.id },
        result: "SUCCESS",
        client,
        detail: { suggestionId: opinion.id },
      },
      tx,
    );
  });
  return opinion;
}

export async function raiseLetterAsSuggestion(actor: Actor, raw: unknown, client: ClientInfo) {
  const input = raiseSchema.parse(raw);
  const { letter, opinion } = await openingFor(actor, input, "raise", client);
  return db.$transaction(async (tx) => {
    const s = await tx.suggestion.findUniqueOrThrow({
      where: { id: opinion.id },
      select: {
        id: true,
        status: true,
        version: true,
        trackingCode: true,
        title: true,
        proposerId: true,
        content: true,
        categoryId: true,
        regionId: true,
        stationId: true,
        locationText: true,
        confidential: true,
      },
    });
    const formal = await raiseOpinion(tx, actor, s, letter.deputy, input.title, client);
    await moveDeputyLetter(tx, { where: { id: letter.id }, to: "RAISED", data: { suggestionId: opinion.id } });
    await recordAudit(
      {
        actor,
        action: "letter.raise",
        target: { type: "DeputyLetter", id: letter.id },
        result: "SUCCESS",
        client,
        detail: { suggestionId: formal.id },
      },
      tx,
    );
    return formal;
  });
}
