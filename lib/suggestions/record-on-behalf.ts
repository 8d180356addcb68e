// Staff and station admins record an opinion for a resident who came in, wrote or phoned (marked as such).
// With a mobile number the resident gets the tracking code by text message, and the item appears in their own
// area when they sign in with that number (the account is found or opened by the number's HMAC).
import { z } from "zod";
import { db } from "../db.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { Actor } from "../auth/permissions.ts";
import { assertCan } from "../auth/guard.ts";
import { encryptPii, piiHmac } from "../crypto/pii.ts";
import { queueSms } from "../notifications/queue-sms.ts";
import { enqueue } from "../jobs/enqueue.ts";
import { QUEUES } from "../jobs/queues.ts";
import { choice, mobile, text } from "../validation/fields.ts";
import { createSuggestion, formFields, resolvePlace, type CreateResult } from "./create-suggestion.ts";
import { submitSuggestionSchema } from "./schemas.ts";
import { written } from "../notifications/texts.ts";

export const recordOnBehalfSchema = submitSuggestionSchema.safeExtend({
  source: choice(["WALK_IN", "LETTER", "HOTLINE"], "sourceRequired"),
  proposerName: text({ min: 1, max: 40, tooShort: "proposerNameRequired" }),
  proposerPhone: z.preprocess((v) => (v === "" ? undefined : v), mobile().optional()),
});

export async function recordOnBehalf(actor: Actor, raw: unknown, client: ClientInfo): Promise<CreateResult> {
  const input = recordOnBehalfSchema.parse(raw);
  const place = await resolvePlace(input.categoryId, input.stationId, input.regionId);
  await assertCan(
    actor,
    "suggestion.recordOnBehalf",
    { stationId: place.stationId, regionPath: place.regionPath },
    { target: place.stationId ? { type: "Station", id: place.stationId } : null, client },
  );
  const proposerId = input.proposerPhone ? await residentFor(input.proposerPhone, input.proposerName) : null;
  const result = await createSuggestion(
    actor,
    {
      ...formFields(input, place),
      kind: "OPINION",
      source: input.source,
      proposerId,
      proposerName: input.proposerName,
      proposerPhoneEnc: input.proposerPhone ? encryptPii(input.proposerPhone) : null,
      recordedById: actor.id,
    },
    [],
    client,
  );
  if (input.proposerPhone && !result.duplicate) {
    await db.$transaction((tx) =>
      queueSms(tx, input.proposerPhone!, "suggestion", written("sms.recorded", { code: result.trackingCode })),
    );
    await enqueue(QUEUES.deliverOutbox);
  }
  return result;
}

/** The resident account for a phone number, opened if there is none; null if the number is someone else's. */
async function residentFor(phone: string, name: string): Promise<number | null> {
  const phoneHmac = piiHmac(phone);
  const existing = await db.user.findUnique({ where: { phoneHmac }, select: { id: true, role: true } });
  if (existing) return existing.role === "RESIDENT" ? existing.id : null;
  const created = await db.user.upsert({
    where: { phoneHmac },
    create: {
      role: "RESIDENT",
      name: name || written("recorded.residentName", { last4: phone.slice(-4) }),
      phoneEnc: encryptPii(phone),
      phoneHmac,
    },
    update: {},
    select: { id: true, role: true },
  });
  return created.role === "RESIDENT" ? created.id : null;
}
