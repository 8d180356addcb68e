// S9 retention (docs/decisions/0038-audit-retention.md): audit rows are kept at least 180 days, longer when the
// setting says so; a daily job removes rows older than that and nothing younger. The application role may not
// DELETE audit rows, so the job calls audit_event_purge_expired(), a SECURITY DEFINER function owned by the
// schema owner, which itself refuses any retention under 180 days (and the table's trigger refuses younger rows).
import { db } from "../db.ts";
import { getSetting } from "../calendar/load-calendar.ts";
import { recordAudit } from "./record-audit.ts";

export const AUDIT_RETENTION_MIN_DAYS = 180;
export const AUDIT_RETENTION_KEY = "audit.retentionDays";

/** The configured retention in days: the setting, never under the legal minimum. */
export async function auditRetentionDays(): Promise<number> {
  const configured = await getSetting<number>(AUDIT_RETENTION_KEY, AUDIT_RETENTION_MIN_DAYS);
  return Number.isInteger(configured) ? Math.max(AUDIT_RETENTION_MIN_DAYS, configured) : AUDIT_RETENTION_MIN_DAYS;
}

/** Deletes the rows past retention; records what it did (itself an audit row, which the next run keeps). */
export async function purgeExpiredAuditEvents(): Promise<{ retentionDays: number; deleted: number }> {
  const retentionDays = await auditRetentionDays();
  const [{ deleted }] = await db.$queryRaw<{ deleted: bigint }[]>`
    SELECT audit_event_purge_expired(${retentionDays}::int) AS deleted`;
  const result = { retentionDays, deleted: Number(deleted) };
  if (result.deleted > 0)
    await recordAudit({
      action: "audit.retention",
      result: "SUCCESS",
      target: { type: "AuditLog", id: "retention" },
      detail: result,
    });
  return result;
}
