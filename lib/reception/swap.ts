// Swapping duty: a deputy on duty asks to hand a coming session to another deputy of the station; the station
// admin (or staff of the region) approves or rejects. Approval replaces the deputy on duty in one transaction,
// conditional on the request still pending and the other deputy not already on duty.
import { z } from "zod";
import * as f from "../validation/fields.ts";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { onUniqueViolation } from "../database-errors.ts";
import { notifyUsers } from "../notifications/notify.ts";
import { id } from "./schemas.ts";
import { loadSessionForAction } from "./load-session.ts";
import { written } from "../notifications/texts.ts";
import { moveSessionSwap } from "../status/session-swap.ts";
import { clashRefusal, findDutyClash, refuseClash, type DutyClash } from "./duty-clash.ts";

const requestSchema = z.strictObject({
  sessionId: id,
  toDeputyId: f.id("deputyRequired"),
  reason: f.longText({ min: 4, max: 300, tooShort: "reasonRequired" }),
});
const decideSchema = z.strictObject({ requestId: id, decision: f.choice(["approve", "reject"]) });

export async function requestSwap(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()) {
  const input = requestSchema.parse(raw);
  const s = await loadSessionForAction(input.sessionId, actor, "session.swap");
  if (s.startsAt <= now || (s.status !== "PUBLISHED" && s.status !== "DRAFT"))
    throw new AppError("conflict", "swap.tooLate");
  const atStation = await db.stationDeputy.findFirst({
    where: { stationId: s.stationId, deputyId: input.toDeputyId, deputy: { active: true } },
    select: { deputyId: true },
  });
  if (!atStation || s.deputyIds.includes(input.toDeputyId)) throw new AppError("invalid", "swap.notAvailable");
  const clash = await findDutyClash([input.toDeputyId], s.startsAt, s.endsAt, s.id);
  if (clash)
    throw await refuseClash(actor, "session.swapRequest", { type: "ReceptionSession", id: s.id }, clash, client);
  try {
    return await db.$transaction(async (tx) => {
      const r = await tx.sessionSwapRequest.create({
        data: {
          sessionId: s.id,
          fromDeputyId: actor.deputyId!,
          toDeputyId: input.toDeputyId,
          reason: input.reason,
          requestedById: actor.id,
        },
        select: { id: true },
      });
      const admins = await tx.stationAdmin.findMany({ where: { stationId: s.stationId }, select: { userId: true } });
      await notifyUsers(
        tx,
        admins.map((a) => a.userId),
        {
          title: written("notice.swapRequested.title"),
          body: written("notice.swapRequested.body", { station: s.station.name, theme: s.theme }),
          link: `/station/sessions/${s.id}`,
        },
      );
      await recordAudit(
        {
          actor,
          action: "session.swapRequest",
          target: { type: "SessionSwapRequest", id: r.id },
          result: "SUCCESS",
          client,
        },
        tx,
      );
      return r;
    });
  } catch (err) {
    throw onUniqueViolation(err, "swap.pending");
  }
}

export async function decideSwap(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = decideSchema.parse(raw);
  const r = await db.sessionSwapRequest.findUnique({
    where: { id: input.requestId },
    select: { id: true, sessionId: true, fromDeputyId: true, toDeputyId: true, status: true },
  });
  if (!r) throw notFound();
  const s = await loadSessionForAction(r.sessionId, actor, "session.manage");
  if (r.status !== "PENDING") throw new AppError("stale");
  // The deputy taking over may have been put on duty elsewhere at that hour since they were asked.
  const findClash = () => findDutyClash([r.toDeputyId], s.startsAt, s.endsAt, s.id);
  const refusal = (c: DutyClash) =>
    refuseClash(actor, "session.swapApprove", { type: "SessionSwapRequest", id: r.id }, c, client);
  if (input.decision === "approve") {
    const clash = await findClash();
    if (clash) throw await refusal(clash);
  }
  await db
    .$transaction(async (tx) => {
      const approve = input.decision === "approve";
      await moveSessionSwap(tx, {
        where: { id: r.id },
        from: "PENDING",
        to: approve ? "APPROVED" : "REJECTED",
        data: { decidedById: actor.id, decidedAt: new Date() },
      });
      if (approve) {
        const removed = await tx.sessionDeputy.deleteMany({ where: { sessionId: s.id, deputyId: r.fromDeputyId } });
        if (removed.count === 0) throw new AppError("stale");
        try {
          await tx.sessionDeputy.create({ data: { sessionId: s.id, deputyId: r.toDeputyId } });
        } catch (err) {
          throw onUniqueViolation(err, "swap.notAvailable", undefined, "invalid");
        }
      }
      const users = await tx.user.findMany({
        where: { deputyId: { in: [r.fromDeputyId, r.toDeputyId] } },
        select: { id: true },
      });
      await notifyUsers(
        tx,
        users.map((u) => u.id),
        {
          title: written(approve ? "notice.swapApproved.title" : "notice.swapRejected.title"),
          body: written(approve ? "notice.swapApproved.body" : "notice.swapRejected.body", {
            station: s.station.name,
            theme: s.theme,
          }),
          link: `/deputy/sessions/${s.id}`,
        },
      );
      await recordAudit(
        {
          actor,
          action: approve ? "session.swapApprove" : "session.swapReject",
          target: { type: "SessionSwapRequest", id: r.id },
          result: "SUCCESS",
          client,
        },
        tx,
      );
    })
    .catch(async (err) => {
      throw await clashRefusal(err, findClash, refusal);
    });
}
