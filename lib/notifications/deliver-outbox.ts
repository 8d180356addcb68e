// Delivers pending outbox messages, at least once. Each message is claimed with a conditional update so two
// workers never send the same one; a failure leaves it PENDING for the next run until attempts run out.
// Sealed messages (one-time codes) are deleted as soon as they are sent, held or given up on: nothing needs
// them afterwards (the request itself is in the audit trail), and a code must not outlive its use.
import { db } from "../db.ts";
import { decryptPii } from "../crypto/pii.ts";
import { smsProvider } from "./sms-provider.ts";
import { isSealed, openBody } from "./queue-sms.ts";
import { moveOutboxMessage } from "../status/outbox-message.ts";

const MAX_ATTEMPTS = 5;

export async function deliverOutbox(limit = 100): Promise<{ delivered: number; failed: number }> {
  const pending = await db.outboxMessage.findMany({
    where: { status: "PENDING", attempts: { lt: MAX_ATTEMPTS } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, attempts: true, recipientEnc: true, body: true, template: true },
  });
  let delivered = 0;
  let failed = 0;
  const provider = smsProvider();
  for (const msg of pending) {
    const claim = await db.outboxMessage.updateMany({
      where: { id: msg.id, status: "PENDING", attempts: msg.attempts },
      data: { attempts: { increment: 1 } },
    });
    if (claim.count !== 1) continue; // another worker has it
    try {
      const outcome = await provider.send(decryptPii(msg.recipientEnc), openBody(msg.body), msg.template);
      if (isSealed(msg.body)) await db.outboxMessage.delete({ where: { id: msg.id } });
      else
        await moveOutboxMessage(db, {
          where: { id: msg.id },
          to: outcome === "sent" ? "SENT" : "HELD",
          data: { sentAt: outcome === "sent" ? new Date() : null },
        });
      delivered++;
    } catch (err) {
      const last = msg.attempts + 1 >= MAX_ATTEMPTS;
      if (last && isSealed(msg.body)) await db.outboxMessage.delete({ where: { id: msg.id } });
      else if (last)
        await moveOutboxMessage(db, {
          where: { id: msg.id },
          to: "FAILED",
          data: { lastError: String(err).slice(0, 500) },
        });
      else await db.outboxMessage.update({ where: { id: msg.id }, data: { lastError: String(err).slice(0, 500) } });
      failed++;
    }
  }
  await purgeSealedLeftovers();
  return { delivered, failed };
}

/** Rows sealed before this rule, or left by a crash between send and delete: gone once no longer pending. */
async function purgeSealedLeftovers(): Promise<void> {
  await db.outboxMessage.deleteMany({
    where: { OR: [{ status: { not: "PENDING" } }, { attempts: { gte: MAX_ATTEMPTS } }], template: "otp" },
  });
}
