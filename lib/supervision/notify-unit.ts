// An urge reaches a handling unit twice over: an in-portal notification for each of its staff, and a text message
// (through the outbox, sent after commit by the job runner) to each of them with a mobile number on file.
import type { Tx } from "../db.ts";
import { decryptPii } from "../crypto/pii.ts";
import { notifyUsers } from "../notifications/notify.ts";
import { queueSms } from "../notifications/queue-sms.ts";

export async function notifyUnitWithSms(
  tx: Tx,
  unitId: number,
  msg: { title: string; body: string; link: string; sms: string },
): Promise<void> {
  const staff = await tx.user.findMany({
    where: { unitId, role: "UNIT_STAFF", disabledAt: null },
    select: { id: true, phoneEnc: true },
  });
  await notifyUsers(
    tx,
    staff.map((u) => u.id),
    msg,
  );
  for (const u of staff) if (u.phoneEnc) await queueSms(tx, decryptPii(u.phoneEnc), "urge", msg.sms);
}
