// The one-time password can go by text to the account's own phone, through the outbox like every other message
// (queued in the same transaction, delivered by the job runner; held and logged in demo messaging mode). The
// password is a secret: the outbox keeps it sealed and drops the row once sent.
import { decryptPii } from "../crypto/pii.ts";
import type { Tx } from "../db.ts";
import { queueSms } from "../notifications/queue-sms.ts";

export async function sendPasswordSms(tx: Tx, phoneEnc: string, username: string, password: string): Promise<void> {
  await queueSms(
    tx,
    decryptPii(phoneEnc),
    "account.password",
    `【人大代表联络站】您的账号 ${username} 的一次性密码为 ${password}，请尽快登录并设置自己的密码，切勿告诉他人。`,
    { secret: true }, // sealed in the outbox and deleted once sent, like a sign-in code (decision 0032)
  );
}
