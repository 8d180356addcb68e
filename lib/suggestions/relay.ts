// 保密 items: the handling unit never learns who raised the item, so it cannot call the proposer. Messages
// between them go through committee staff, who pass each one on — reworded if it would reveal someone — or
// withhold it with a note to the sender. Every step is audited and the recipient is told.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import type { RelayDirection } from "../generated/prisma/enums.ts";
import { decryptPii } from "../crypto/pii.ts";
import { queueSms } from "../notifications/queue-sms.ts";
import { notifyProposer, notifyStaffFor, notifyUnit } from "../notifications/notify.ts";
import { callBackSchema, messageSchema, relaySchema } from "./action-schemas.ts";
import { loadSuggestionForAction, type LoadedSuggestion } from "./load-for-action.ts";
import { currentLead, ownAssignment } from "./unit-assignment.ts";
import { written } from "../notifications/texts.ts";
import { moveRelayMessage } from "../status/relay-message.ts";

async function leaveMessage(
  actor: Actor,
  s: LoadedSuggestion,
  direction: RelayDirection,
  unitId: number,
  body: string,
  client?: ClientInfo,
) {
  await db.$transaction(async (tx) => {
    const m = await tx.relayMessage.create({
      data: { suggestionId: s.id, direction, unitId, body, authorId: actor.id },
    });
    await recordAudit(
      {
        actor,
        action: "relay.write",
        target: { type: "RelayMessage", id: m.id },
        result: "SUCCESS",
        client,
        detail: { direction },
      },
      tx,
    );
    await notifyStaffFor(tx, s.region.path, {
      title: written("notice.relayPending.title"),
      body: written(
        direction === "TO_PROPOSER" ? "notice.relayPending.bodyToProposer" : "notice.relayPending.bodyToUnit",
        { title: s.title },
      ),
      link: `/staff/suggestions/${s.id}`,
    });
  });
}

/** A unit working on a confidential item writes to its proposer. */
export async function messageProposer(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = messageSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.message");
  if (!s.confidential) throw new AppError("invalid", "relayOnlyConfidential");
  const a = ownAssignment(s, actor);
  await leaveMessage(actor, s, "TO_PROPOSER", a.unitId, input.body, client);
}

/** A unit asks the proposer of a confidential item to call it back: a relayed message in standard words with the
 *  unit's number, which staff pass on like any other (the unit still never learns who the proposer is). */
export async function requestCallBack(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = callBackSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.message");
  if (!s.confidential) throw new AppError("invalid", "relayOnlyConfidential");
  const a = ownAssignment(s, actor);
  const unit = await db.handlingUnit.findUniqueOrThrow({ where: { id: a.unitId }, select: { name: true } });
  const body = input.when
    ? written("recorded.callBackWhen", { unit: unit.name, phone: input.phone, when: input.when })
    : written("recorded.callBack", { unit: unit.name, phone: input.phone });
  await leaveMessage(actor, s, "TO_PROPOSER", a.unitId, body, client);
}

/** The proposer of a confidential item writes to the lead unit handling it. */
export async function messageUnit(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = messageSchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.message");
  if (!s.confidential) throw new AppError("invalid", "relayOnlyConfidential");
  const lead = currentLead(s);
  if (!lead) throw new AppError("invalid", "relayNoUnit");
  await leaveMessage(actor, s, "TO_UNIT", lead.unitId, input.body, client);
}

/** Staff pass a message on (as written or reworded) or withhold it with a note to the sender. */
export async function relayMessage(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = relaySchema.parse(raw);
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.relay");
  const m = await db.relayMessage.findFirst({ where: { id: input.messageId, suggestionId: s.id, status: "PENDING" } });
  if (!m) throw new AppError("stale");
  const relay = input.decision === "relay";
  if (!relay && !input.note) throw new AppError("invalid", "withholdNoteRequired");
  const text = input.text || m.body;
  await db.$transaction(async (tx) => {
    const handled = { handledById: actor.id, handledAt: new Date() };
    await moveRelayMessage(
      tx,
      relay
        ? { where: { id: m.id }, to: "RELAYED", data: { relayedBody: text, staffNote: input.note || null, ...handled } }
        : { where: { id: m.id }, to: "WITHHELD", data: { staffNote: input.note, ...handled } },
    );
    await recordAudit(
      {
        actor,
        action: relay ? "relay.pass" : "relay.withhold",
        target: { type: "RelayMessage", id: m.id },
        result: "SUCCESS",
        client,
        detail: { reworded: relay && text !== m.body },
      },
      tx,
    );

    const toProposer = m.direction === "TO_PROPOSER";
    if (relay && toProposer) {
      const told = await notifyProposer(tx, s.proposerId, {
        title: written("notice.relayToProposer.title"),
        body: written("notice.relayToProposer.body", { title: s.title, text }),
        link: `/track/${s.trackingCode}`,
        sms: written("sms.relayNotice", { code: s.trackingCode }),
      });
      if (!told) {
        // Recorded on someone's behalf without an account: the message goes to the phone they left.
        const row = await tx.suggestion.findUnique({ where: { id: s.id }, select: { proposerPhoneEnc: true } });
        if (row?.proposerPhoneEnc)
          await queueSms(
            tx,
            decryptPii(row.proposerPhoneEnc),
            "relay",
            written("sms.relayText", { code: s.trackingCode, text }).slice(0, 300),
          );
      }
    } else if (relay) {
      await notifyUnit(tx, m.unitId, {
        title: written("notice.relayToUnit.title"),
        body: written("notice.relayToUnit.body", { title: s.title, text }),
        link: `/unit/suggestions/${s.id}`,
      });
    } else if (toProposer) {
      await notifyUnit(tx, m.unitId, {
        title: written("notice.relayHeldForUnit.title"),
        body: written("notice.relayHeldForUnit.body", { title: s.title, note: input.note }),
        link: `/unit/suggestions/${s.id}`,
      });
    } else {
      await notifyProposer(tx, m.authorId, {
        title: written("notice.relayHeldForProposer.title"),
        body: written("notice.relayHeldForProposer.body", { title: s.title, note: input.note }),
        link: `/track/${s.trackingCode}`,
      });
    }
  });
}

/** Who reads a thread, as decided by a caller that has checked they may: staff see everything, a unit what it
 *  wrote and what was passed to it, the item's proposer what they wrote and what was passed to them. */
export type RelayReader = { side: "staff" } | { side: "unit"; unitId: number } | { side: "proposer" };

/** The messages of an item as one reader may see them. Recipients read staff's wording, never the original. */
export async function relayThread(reader: RelayReader, suggestionId: number) {
  const rows = await db.relayMessage.findMany({
    where: { suggestionId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      direction: true,
      unitId: true,
      body: true,
      relayedBody: true,
      status: true,
      staffNote: true,
      createdAt: true,
      handledAt: true,
      unit: { select: { name: true } },
    },
  });
  if (reader.side === "staff") return rows;
  const ours = (m: (typeof rows)[number]) => reader.side === "proposer" || m.unitId === reader.unitId;
  const wrote = (m: (typeof rows)[number]) =>
    ours(m) && m.direction === (reader.side === "unit" ? "TO_PROPOSER" : "TO_UNIT");
  const received = (m: (typeof rows)[number]) =>
    ours(m) && m.status === "RELAYED" && m.direction === (reader.side === "unit" ? "TO_UNIT" : "TO_PROPOSER");
  return rows
    .filter((m) => wrote(m) || received(m))
    .map((m) =>
      wrote(m) ? { ...m, relayedBody: null } : { ...m, body: m.relayedBody ?? "", relayedBody: null, staffNote: null },
    );
}

export type RelayThread = Awaited<ReturnType<typeof relayThread>>;
