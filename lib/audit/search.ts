// The auditor's search over the audit log (/audit, issue 12): by actor (name or username), action, target, result
// and time range, newest first, paged by keyset (id < the last row seen), because the table grows without end
// and an OFFSET page would read every row before it. Only auditors may read it (三权分立: the system
// administrator manages accounts and must not read the trail of their own actions).
import { z } from "zod";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { AuditResult } from "../generated/prisma/enums.ts";
import type { Actor } from "../auth/permissions.ts";
import { assertCan } from "../auth/guard.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { dayNumber, endOfShanghaiDay, startOfShanghaiDay } from "../calendar/civil-date.ts";
import { AUDIT_ACTIONS } from "./actions.ts";

export const AUDIT_PAGE_SIZE = 50;
/** An actor search matching more accounts than this is too vague to be useful; the page asks to narrow it. */
const MAX_ACTORS = 200;

function isRealDate(d: string): boolean {
  try {
    dayNumber(d);
    return true;
  } catch {
    return false;
  }
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const civilDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "auditDate" })
    .refine((d) => Number(d.slice(0, 4)) >= 2000 && Number(d.slice(0, 4)) <= 2100, { error: "auditDate" })
    // 2026-02-31 is no day (dayNumber refuses it).
    .refine(isRealDate, { error: "auditDate" })
    .optional(),
);

export const auditFilterSchema = z.object({
  actor: z.preprocess(blankToUndefined, z.string().trim().max(60, { error: "auditActorLong" }).optional()),
  action: z.preprocess(blankToUndefined, z.enum(AUDIT_ACTIONS, { error: "auditAction" }).optional()),
  targetType: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{1,40}$/, { error: "auditTargetType" })
      .optional(),
  ),
  targetId: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._:-]{1,60}$/, { error: "auditTargetId" })
      .optional(),
  ),
  result: z.preprocess(blankToUndefined, z.enum(AuditResult, { error: "auditResult" }).optional()),
  from: civilDate,
  to: civilDate,
});

export type AuditFilters = z.infer<typeof auditFilterSchema>;
export const AUDIT_FILTER_KEYS = ["actor", "action", "targetType", "targetId", "result", "from", "to"] as const;

/** Reads the filters from a query string; a bad field is dropped (and named), the others still apply. */
export function parseAuditFilters(raw: Record<string, string | string[] | undefined>): {
  values: AuditFilters;
  errors: Partial<Record<keyof AuditFilters, string>>;
  after?: bigint;
} {
  const flat: Record<string, string | undefined> = {};
  for (const k of AUDIT_FILTER_KEYS) {
    const v = raw[k];
    flat[k] = Array.isArray(v) ? v[0] : v;
  }
  const values: AuditFilters = {};
  const errors: Partial<Record<keyof AuditFilters, string>> = {};
  for (const k of AUDIT_FILTER_KEYS) {
    const field = auditFilterSchema.shape[k].safeParse(flat[k]);
    if (field.success) (values as Record<string, unknown>)[k] = field.data;
    else errors[k] = field.error.issues[0]?.message ?? "invalid";
  }
  if (values.from && values.to && values.from > values.to) {
    errors.to = "auditRange";
    delete values.to;
  }
  const afterRaw = Array.isArray(raw.after) ? raw.after[0] : raw.after;
  const after = afterRaw && /^\d{1,18}$/.test(afterRaw) ? BigInt(afterRaw) : undefined;
  return { values, errors, after };
}

/** The accounts an actor search names: exact username, or a name containing the text. */
async function actorIds(text: string): Promise<number[]> {
  const users = await db.user.findMany({
    where: { OR: [{ username: text }, { name: { contains: text } }] },
    select: { id: true },
    take: MAX_ACTORS,
  });
  return users.map((u) => u.id);
}

async function whereOf(f: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = {};
  if (f.actor) where.actorId = { in: await actorIds(f.actor) };
  if (f.action) where.action = f.action;
  if (f.targetType) where.targetType = f.targetType;
  if (f.targetId) where.targetId = f.targetId;
  if (f.result) where.result = f.result;
  if (f.from || f.to) {
    where.occurredAt = {
      ...(f.from ? { gte: startOfShanghaiDay(f.from) } : {}),
      ...(f.to ? { lte: endOfShanghaiDay(f.to) } : {}),
    };
  }
  return where;
}

const ROW = {
  id: true,
  occurredAt: true,
  action: true,
  result: true,
  actorId: true,
  actorRole: true,
  targetType: true,
  targetId: true,
  ip: true,
  userAgent: true,
  detail: true,
} as const;

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof ROW }> & {
  actorName: string | null;
  actorUsername: string | null;
};

/** The actors' names for a batch of rows (one query, not one per row). */
async function withNames(rows: Prisma.AuditEventGetPayload<{ select: typeof ROW }>[]): Promise<AuditRow[]> {
  const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is number => id != null))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, username: true } })
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((r) => {
    const u = r.actorId != null ? byId.get(r.actorId) : undefined;
    return { ...r, actorName: u?.name ?? null, actorUsername: u?.username ?? null };
  });
}

/** One page of matching rows, newest first, after the keyset `after` (the last id of the previous page). */
export async function searchAuditEvents(
  actor: Actor,
  filters: AuditFilters,
  opts: { after?: bigint; take?: number; client?: ClientInfo } = {},
): Promise<{ rows: AuditRow[]; nextAfter: bigint | null }> {
  await assertCan(actor, "audit.read", undefined, { target: { type: "AuditLog", id: "search" }, client: opts.client });
  const take = opts.take ?? AUDIT_PAGE_SIZE;
  const where = await whereOf(filters);
  const rows = await db.auditEvent.findMany({
    where: opts.after != null ? { AND: [where, { id: { lt: opts.after } }] } : where,
    orderBy: { id: "desc" },
    take: take + 1,
    select: ROW,
  });
  const page = rows.slice(0, take);
  return { rows: await withNames(page), nextAfter: rows.length > take ? page[page.length - 1].id : null };
}

/** Every matching row, newest first, a batch at a time (for the export). The caller has checked audit.read. */
export async function* allAuditEvents(filters: AuditFilters, limit: number): AsyncGenerator<AuditRow> {
  const where = await whereOf(filters);
  let after: bigint | undefined;
  let n = 0;
  while (n < limit) {
    const batch = await db.auditEvent.findMany({
      where: after != null ? { AND: [where, { id: { lt: after } }] } : where,
      orderBy: { id: "desc" },
      take: Math.min(1000, limit - n),
      select: ROW,
    });
    if (batch.length === 0) return;
    for (const row of await withNames(batch)) yield row;
    n += batch.length;
    after = batch[batch.length - 1].id;
  }
}
