// Residents sign in with their mobile number and a one-time code (S7): 6 digits, 10 minutes, single use,
// at most 1 a minute, 5 an hour and 10 a day per phone, plus per-address limits, all sliding windows. Only an HMAC
// of the code is kept; the text message carrying it is encrypted in the outbox and deleted once handed on
// (decision 0032). The code comes back in the answer only in demo mode with no gateway: nowhere else.
import { randomInt } from "node:crypto";
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { encryptPii, piiHmac, maskPhone } from "../crypto/pii.ts";
import { isDemoMessaging, isDemoMode } from "../env.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { queueSms } from "../notifications/queue-sms.ts";
import { enqueue } from "../jobs/enqueue.ts";
import { QUEUES } from "../jobs/queues.ts";
import { createAuthSession } from "./auth-session.ts";
import { hitLimits, isOverLimit, type Limit } from "./rate-limit.ts";
import { otpLoginSchema, otpRequestSchema } from "./schemas.ts";
import { written } from "../notifications/texts.ts";

export const OTP_TTL_MS = 10 * 60 * 1000;
const MAX_TRIES_PER_CODE = 5;

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

export type OtpLimitHit = "perMinute" | "perHour" | "perDay" | "perIp";
export type OtpRequestResult = { ok: true; demoCode?: string } | { ok: false; reason: "badInput" | OtpLimitHit };

function requestLimits(phoneHmac: string, ip: string | null): (Limit & { name: OtpLimitHit })[] {
  const limits: (Limit & { name: OtpLimitHit })[] = [
    { name: "perMinute", key: `otp:phone:m:${phoneHmac}`, windowSeconds: MINUTE, max: 1 },
    { name: "perHour", key: `otp:phone:h:${phoneHmac}`, windowSeconds: HOUR, max: 5 },
    { name: "perDay", key: `otp:phone:d:${phoneHmac}`, windowSeconds: DAY, max: 10 },
  ];
  if (ip) {
    limits.push({ name: "perIp", key: `otp:ip:h:${ip}`, windowSeconds: HOUR, max: 30 });
    limits.push({ name: "perIp", key: `otp:ip:d:${ip}`, windowSeconds: DAY, max: 100 });
  }
  return limits;
}

/** The only gate for a code in a response: the one-command demo, with no gateway to send it. */
export const mayShowCode = () => isDemoMode() && isDemoMessaging();

const codeHmac = (phoneHmac: string, code: string) => piiHmac(`${phoneHmac}:${code}`, "otp");

export async function requestOtp(raw: unknown, client: ClientInfo): Promise<OtpRequestResult> {
  const parsed = otpRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "badInput" };
  const { phone } = parsed.data;
  const phoneHmac = piiHmac(phone);

  // Check every limit before counting, so a refused request does not use up the hour's or day's allowance.
  const limits = requestLimits(phoneHmac, client.ip);
  for (const limit of limits) {
    if (await isOverLimit(limit)) {
      await recordAudit({
        action: "auth.otp.request",
        result: "DENIED",
        client,
        detail: { phone: maskPhone(phone), limit: limit.name },
      });
      return { ok: false, reason: limit.name };
    }
  }
  const exceeded = await hitLimits(limits);
  if (exceeded) {
    // A concurrent request took the last allowance between the check and the count.
    const name = (exceeded as (typeof limits)[number]).name;
    await recordAudit({
      action: "auth.otp.request",
      result: "DENIED",
      client,
      detail: { phone: maskPhone(phone), limit: name },
    });
    return { ok: false, reason: name };
  }

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const now = new Date();
  await db.$transaction(async (tx) => {
    // A new code replaces any earlier one still waiting.
    await tx.otpCode.updateMany({ where: { phoneHmac, consumedAt: null }, data: { consumedAt: now } });
    await tx.otpCode.create({
      data: {
        phoneHmac,
        codeHmac: codeHmac(phoneHmac, code),
        expiresAt: new Date(now.getTime() + OTP_TTL_MS),
        ip: client.ip,
      },
    });
    await queueSms(tx, phone, "otp", written("sms.otp", { code }), { secret: true });
    await recordAudit(
      { action: "auth.otp.request", result: "SUCCESS", client, detail: { phone: maskPhone(phone) } },
      tx,
    );
  });
  await enqueue(QUEUES.deliverOutbox);
  return mayShowCode() ? { ok: true, demoCode: code } : { ok: true };
}

export type OtpLoginResult =
  { ok: true; userId: number; sessionId: string } | { ok: false; reason: "badInput" | "invalid" | "throttled" };

const ipFailures = (ip: string): Limit => ({ key: `otp-fail:ip:${ip}`, windowSeconds: 15 * 60, max: 50 });

export async function otpLogin(raw: unknown, client: ClientInfo): Promise<OtpLoginResult> {
  const parsed = otpLoginSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "badInput" };
  const { phone, code } = parsed.data;
  const phoneHmac = piiHmac(phone);
  const audit = (result: "SUCCESS" | "DENIED", reason: string, actor?: { id: number; role: "RESIDENT" }) =>
    recordAudit({ action: "auth.otp.verify", result, actor, client, detail: { phone: maskPhone(phone), reason } });

  if (client.ip && (await isOverLimit(ipFailures(client.ip)))) {
    await audit("DENIED", "ipThrottled");
    return { ok: false, reason: "throttled" };
  }
  const now = new Date();
  const latest = await db.otpCode.findFirst({
    where: { phoneHmac, consumedAt: null, expiresAt: { gt: now }, attempts: { lt: MAX_TRIES_PER_CODE } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  // Consuming is a conditional update: the same code cannot sign in twice, even from two tabs at once.
  const consumed = latest
    ? await db.otpCode.updateMany({
        where: { id: latest.id, consumedAt: null, codeHmac: codeHmac(phoneHmac, code) },
        data: { consumedAt: now },
      })
    : { count: 0 };
  if (consumed.count !== 1) {
    if (latest) await db.otpCode.update({ where: { id: latest.id }, data: { attempts: { increment: 1 } } });
    if (client.ip) await hitLimits([ipFailures(client.ip)]);
    await audit("DENIED", latest ? "wrongCode" : "noLiveCode");
    return { ok: false, reason: "invalid" };
  }

  const result = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { phoneHmac },
      select: { id: true, role: true, disabledAt: true },
    });
    if (existing && (existing.role !== "RESIDENT" || existing.disabledAt)) return null;
    const user =
      existing ??
      (await tx.user.create({
        data: {
          role: "RESIDENT",
          name: written("recorded.residentName", { last4: phone.slice(-4) }),
          phoneEnc: encryptPii(phone),
          phoneHmac,
        },
        select: { id: true, role: true, disabledAt: true },
      }));
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    const sessionId = await createAuthSession(user.id, client, tx, { complete: true });
    await recordAudit(
      {
        action: "auth.otp.verify",
        result: "SUCCESS",
        actor: { id: user.id, role: "RESIDENT" },
        client,
        detail: { phone: maskPhone(phone), created: !existing },
      },
      tx,
    );
    return { userId: user.id, sessionId };
  });
  if (!result) {
    await audit("DENIED", "notAResidentAccount");
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, ...result };
}
