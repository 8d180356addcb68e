// Messages are written to the outbox inside the transaction that caused them; the job runner delivers them.
import { encryptPii, piiHmac } from "../crypto/pii.ts";
import type { Tx } from "../db.ts";

export async function queueSms(tx: Tx, to: string, template: string, body: string): Promise<number> {
  const row = await tx.outboxMessage.create({
    data: { channel: "SMS", recipientEnc: encryptPii(to), recipientHmac: piiHmac(to), template, body },
    select: { id: true },
  });
  return row.id;
}
