// Telling the right people: an in-portal notification for each user, and a text message to residents, queued in
// the same transaction as the change that caused it (delivered by the job runner after commit).
import type { Tx } from "../db.ts";
import { decryptPii } from "../crypto/pii.ts";
import { queueSms } from "./queue-sms.ts";

type Message = { title: string; body: string; link?: string };

export async function notifyUsers(tx: Tx, userIds: readonly number[], msg: Message): Promise<void> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return;
  await tx.notification.createMany({
    data: ids.map((userId) => ({ userId, title: msg.title, body: msg.body, link: msg.link ?? null })),
  });
}

/** Everyone working for a unit. */
export async function notifyUnit(tx: Tx, unitId: number, msg: Message): Promise<void> {
  const staff = await tx.user.findMany({
    where: { unitId, role: "UNIT_STAFF", disabledAt: null },
    select: { id: true },
  });
  await notifyUsers(
    tx,
    staff.map((u) => u.id),
    msg,
  );
}

/** Committee staff whose region covers the item. */
export async function notifyStaffFor(tx: Tx, regionPath: string, msg: Message): Promise<void> {
  const staff = await tx.user.findMany({
    where: { role: "COMMITTEE_STAFF", disabledAt: null, regionId: { not: null } },
    select: { id: true, region: { select: { path: true } } },
  });
  await notifyUsers(
    tx,
    staff.filter((u) => u.region && regionPath.startsWith(u.region.path)).map((u) => u.id),
    msg,
  );
}

/** The proposer: in the portal, and by text message when they are a resident with a phone on file. */
export async function notifyProposer(
  tx: Tx,
  proposerId: number | null,
  msg: Message & { sms?: string },
): Promise<boolean> {
  if (proposerId == null) return false;
  await notifyUsers(tx, [proposerId], msg);
  if (msg.sms) {
    const user = await tx.user.findUnique({ where: { id: proposerId }, select: { role: true, phoneEnc: true } });
    if (user?.role === "RESIDENT" && user.phoneEnc)
      await queueSms(tx, decryptPii(user.phoneEnc), "suggestion", msg.sms);
  }
  return true;
}

/** A deputy: in the portal when they have an account, and by text message to the number the office keeps for them
 *  (else their account's). */
export async function notifyDeputy(tx: Tx, deputyId: number, msg: Message & { sms?: string }): Promise<void> {
  const deputy = await tx.deputy.findUnique({
    where: { id: deputyId },
    select: { phoneEnc: true, user: { select: { id: true, phoneEnc: true, disabledAt: true } } },
  });
  if (!deputy) return;
  if (deputy.user && !deputy.user.disabledAt) await notifyUsers(tx, [deputy.user.id], msg);
  const phone = deputy.phoneEnc ?? deputy.user?.phoneEnc;
  if (msg.sms && phone) await queueSms(tx, decryptPii(phone), "letter", msg.sms);
}
