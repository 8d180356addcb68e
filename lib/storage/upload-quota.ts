// Per-person attachment quotas (decision 0060): a resident or a deputy may store at most UPLOAD_QUOTA_DAY_MB of
// files in any 24 hours (default 50) and UPLOAD_QUOTA_TOTAL_MB in all (default 500); 0 turns a quota off. Staff
// are not counted: their uploads come with their work (a unit's reply), and their accounts are made by an admin.
// Checked inside the transaction that stores the files, after an advisory lock on the person: two simultaneous
// submissions are counted one after the other, so together they cannot pass the quota.
import type { Tx } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";

const MB = 1024 * 1024;
/** First key of the advisory lock (the second is the person's id): "upload quota". */
const LOCK_CLASS = 0x5551;
const COUNTED_ROLES: ReadonlySet<Actor["role"]> = new Set(["RESIDENT", "DEPUTY"]);

function quotaMb(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export const uploadQuotas = () => ({
  dayMb: quotaMb("UPLOAD_QUOTA_DAY_MB", 50),
  totalMb: quotaMb("UPLOAD_QUOTA_TOTAL_MB", 500),
});

export const isQuotaCounted = (actor: Actor) => COUNTED_ROLES.has(actor.role);

/** Throws AppError (invalid, uploadQuotaDay | uploadQuotaTotal) when `bytes` more would pass a quota. */
export async function assertUploadQuota(tx: Tx, actor: Actor, bytes: number): Promise<void> {
  if (bytes <= 0 || !isQuotaCounted(actor)) return;
  const { dayMb, totalMb } = uploadQuotas();
  if (!dayMb && !totalMb) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, ${actor.id}::int)`;
  const [used] = await tx.$queryRaw<{ day: bigint; total: bigint }[]>`
    SELECT coalesce(sum(size) FILTER (WHERE "createdAt" > now() - interval '24 hours'), 0)::bigint AS day,
           coalesce(sum(size), 0)::bigint AS total
    FROM "Attachment" WHERE "uploadedById" = ${actor.id}`;
  if (dayMb && Number(used.day) + bytes > dayMb * MB) throw new AppError("invalid", "uploadQuotaDay");
  if (totalMb && Number(used.total) + bytes > totalMb * MB) throw new AppError("invalid", "uploadQuotaTotal");
}
