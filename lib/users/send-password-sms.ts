// The one-time password can go by text to the account's own phone, through the outbox like every other message
// (queued in the same transaction, delivered by the job runner; held and logged in demo messaging mode). The
// password is a secret: the outbox keeps it sealed and drops the row once sent.
import { decryptPii } from "../crypto/pii.ts";
import type { Tx } from "../db.ts";
import { queueSms } from "../notifications/queue-sms.ts";
import { written } from "../notifications/texts.ts";

export async function sendPasswordSms(tx: Tx, phoneEnc: string, username: string, password: string): Promise<void> {
  await queueSms(
    tx,
    decryptPii(phoneEnc),
    "account.password",
    written("sms.password", { username, password }),
    { secret: true }, // sealed in the outbox and deleted once sent, like a sign-in code (decision 0032)
  );
}
