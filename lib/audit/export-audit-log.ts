// The audit log as an Excel file, with the auditor's current filter (issue 12). Auditors only; a refusal is
// audited as a refused export and looks "not found"; the export itself is audited, with its filter, before the
// first row is written (S9). The route supplies the words (catalog) and this file the rules.
import type { PassThrough } from "node:stream";
import type { Actor } from "../auth/permissions.ts";
import { assertCan } from "../auth/guard.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { EXPORT_ROW_LIMIT, rowsWorkbook } from "../insight/export.ts";
import { recordAudit } from "./record-audit.ts";
import { allAuditEvents, type AuditFilters, type AuditRow } from "./search.ts";

type Cell = string | number | Date | null;

export type AuditExportText = {
  sheets: { items: string; about: string };
  columns: string[];
  row: (e: AuditRow) => Cell[];
  about: [string, string][];
  truncated: string;
};

const TARGET = { type: "AuditLog", id: "export" };

export async function exportAuditLog(
  actor: Actor,
  filters: AuditFilters,
  client: ClientInfo,
  text: AuditExportText,
  limit = EXPORT_ROW_LIMIT,
): Promise<PassThrough> {
  const detail = { filters: JSON.parse(JSON.stringify(filters)) as Record<string, string> };
  await assertCan(actor, "audit.read", undefined, {
    audit: "audit.export",
    target: TARGET,
    client,
    detail,
    as: "notFound",
  });
  await recordAudit({ actor, action: "audit.export", target: TARGET, result: "SUCCESS", client, detail });
  async function* rows() {
    for await (const e of allAuditEvents(filters, limit)) yield text.row(e);
  }
  return rowsWorkbook(text.sheets, text.columns, rows(), text.about, text.truncated, limit);
}
