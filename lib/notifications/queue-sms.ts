// Messages are written to the outbox inside the transaction that caused them; the job runner delivers them.
// A message carrying a secret (a one-time code) is sealed with the PII key, opened only at send time and
// deleted once handed on (decision 0032): the table never holds a code in clear.
import { decryptPii, encryptPii, piiHmac } from "../crypto/pii.ts";
import type { Tx } from "../db.ts";

const SEALED = "sealed:";

export async function queueSms(
  tx: Tx,
  to: string,
  template: string,
  body: string,
  opts: { secret?: boolean } = {},
): Promise<number> {
  const row = await tx.outboxMessage.create({
    data: {
      channel: "SMS",
      recipientEnc: encryptPii(to),
      recipientHmac: piiHmac(to),
      template,
      body: opts.secret ? SEALED + encryptPii(body) : body,
    },
    select: { id: true },
  });
  return row.id;
}

export const isSealed = (stored: string) => stored.startsWith(SEALED);

/** The text to send: sealed bodies are opened here, at the last moment. */
export const openBody = (stored: string) => (isSealed(stored) ? decryptPii(stored.slice(SEALED.length)) : stored);
