// Excel export of the audit log with the auditor's current filter (the same query string as /audit); the rules
// (auditors only, the export audited) are in lib/audit/export-audit-log.ts.
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { parseAuditFilters } from "@/lib/audit/search";
import { AppError } from "@/lib/errors";
import { clientInfoFrom } from "@/lib/http/client-info";
import { notFound, unauthenticated, xlsxDownload } from "@/lib/http/private-response";
import { EXPORT_ROW_LIMIT } from "@/lib/insight/export";

const COLUMNS = ["time", "actor", "role", "action", "code", "target", "result", "ip", "userAgent", "detail"] as const;

export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const url = new URL(req.url);
  const { values: filters } = parseAuditFilters(Object.fromEntries(url.searchParams.entries()));
  const [t, te, tr] = await Promise.all([
    getTranslations("auditLog"),
    getTranslations("insightExport"),
    getTranslations("roles"),
  ]);
  const label = (a: string) => {
    const key = `actions.${a.replaceAll(".", "_")}`;
    return t.has(key) ? t(key) : a;
  };
  const now = new Date();
  const described = Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join("; ");
  try {
    const body = await exportAuditLog(actor, filters, clientInfoFrom(req.headers), {
      sheets: { items: te("sheetItems"), about: te("sheetAbout") },
      columns: COLUMNS.map((c) => t(`col.${c}`)),
      row: (e) => [
        e.occurredAt,
        e.actorId == null ? "" : `${e.actorName ?? `#${e.actorId}`}${e.actorUsername ? ` (${e.actorUsername})` : ""}`,
        e.actorRole ? tr(e.actorRole) : "",
        label(e.action),
        e.action,
        e.targetType ? `${e.targetType} ${e.targetId ?? ""}`.trim() : "",
        t(`results.${e.result}`),
        e.ip ?? "",
        e.userAgent ?? "",
        e.detail == null ? "" : JSON.stringify(e.detail),
      ],
      about: [
        [te("about.what"), t("exportAbout.what")],
        [t("exportAbout.filters"), described || t("exportAbout.none")],
        [te("about.at"), now.toISOString()],
        [te("about.by"), actor.name],
      ],
      truncated: te("truncated", { limit: EXPORT_ROW_LIMIT }),
    });
    return xlsxDownload(body, `audit-${now.toISOString().slice(0, 10)}.xlsx`);
  } catch (err) {
    if (err instanceof AppError) return notFound();
    throw err;
  }
}
