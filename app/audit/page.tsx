// The auditor's view (issue 12): search the audit log by actor, action, target, result and time; newest first,
// paged by keyset (a "next" link carries the last id seen); export the current filter to Excel. A plain GET form,
// so a search is a link the auditor can keep. Retention (at least 180 days) is stated on the page.
import { ScrollRegion } from "@/components/ui/scroll-region";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { AUDIT_RETENTION_MIN_DAYS, auditRetentionDays } from "@/lib/audit/retention";
import { AUDIT_FILTER_KEYS, parseAuditFilters, searchAuditEvents, type AuditFilters } from "@/lib/audit/search";
import { AuditResult } from "@/lib/generated/prisma/enums";
import { currentClientInfo } from "@/lib/http/client-info";

const actionKey = (a: string) => `actions.${a.replaceAll(".", "_")}`;

function queryOf(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const k of AUDIT_FILTER_KEYS) if (filters[k]) q.set(k, String(filters[k]));
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export default async function AuditHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await areaActor("audit");
  if (!actor) return null;
  const { values, errors, after } = parseAuditFilters(await searchParams);
  const [t, tr, format, page, retentionDays] = await Promise.all([
    getTranslations("auditLog"),
    getTranslations("roles"),
    getFormatter(),
    searchAuditEvents(actor, values, { after, client: await currentClientInfo() }),
    auditRetentionDays(),
  ]);
  const label = (a: string) => (t.has(actionKey(a)) ? t(actionKey(a)) : a);
  const err = (k: keyof AuditFilters) => (errors[k] ? t(`errors.${errors[k]}`) : undefined);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} intro={t("intro")} />
      <p className="rounded-md border border-line bg-white px-4 py-3 text-sm" data-testid="audit-retention">
        {t("retention", { min: AUDIT_RETENTION_MIN_DAYS, days: retentionDays })}
      </p>
      <Card title={t("filters")}>
        <form method="get" action="/audit" aria-label={t("filters")} className="space-y-3">
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Field name="actor" label={t("actor")} defaultValue={values.actor ?? ""} error={err("actor")} />
            <SelectField name="action" label={t("action")} defaultValue={values.action ?? ""}>
              <option value="">{t("anyAction")}</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {label(a)}
                </option>
              ))}
            </SelectField>
            <SelectField name="result" label={t("result")} defaultValue={values.result ?? ""}>
              <option value="">{t("anyResult")}</option>
              {Object.values(AuditResult).map((r) => (
                <option key={r} value={r}>
                  {t(`results.${r}`)}
                </option>
              ))}
            </SelectField>
            <Field
              name="targetType"
              label={t("targetType")}
              defaultValue={values.targetType ?? ""}
              error={err("targetType")}
              placeholder="Suggestion"
            />
            <Field name="targetId" label={t("targetId")} defaultValue={values.targetId ?? ""} error={err("targetId")} />
            <Field name="from" label={t("from")} type="date" defaultValue={values.from ?? ""} error={err("from")} />
            <Field name="to" label={t("to")} type="date" defaultValue={values.to ?? ""} error={err("to")} />
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={buttonStyles.primary}>
              {t("search")}
            </button>
            <Link href="/audit" className={buttonStyles.secondary}>
              {t("reset")}
            </Link>
            <a href={`/api/audit/export${queryOf(values)}`} className={buttonStyles.secondary} download>
              {t("export")}
            </a>
          </div>
        </form>
      </Card>
      <Card title={t("count", { n: page.rows.length })}>
        {page.rows.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ScrollRegion label={t("title")}>
            <table className="w-full text-left text-sm" data-testid="audit-rows">
              <thead className="border-b border-line text-muted">
                <tr>
                  {(["time", "actor", "action", "target", "result", "ip"] as const).map((c) => (
                    <th key={c} scope="col" className="py-2 pr-3 whitespace-nowrap">
                      {t(`col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {page.rows.map((e) => (
                  <tr key={String(e.id)} className="align-top">
                    <td className="py-1.5 pr-3 whitespace-nowrap">
                      {format.dateTime(e.occurredAt, {
                        dateStyle: "short",
                        timeStyle: "medium",
                        timeZone: "Asia/Shanghai",
                      })}
                    </td>
                    <td className="py-1.5 pr-3">
                      {e.actorId == null ? (
                        <span className="text-muted">{e.actorRole ? t("unknownActor") : t("system")}</span>
                      ) : (
                        <>
                          {e.actorName ?? `#${e.actorId}`}
                          {e.actorUsername && <span className="text-muted"> ({e.actorUsername})</span>}
                          {e.actorRole && <span className="block text-xs text-muted">{tr(e.actorRole)}</span>}
                        </>
                      )}
                    </td>
                    <td className="py-1.5 pr-3">
                      {label(e.action)}
                      <span className="block font-mono text-xs text-muted">{e.action}</span>
                      {e.detail && typeof e.detail === "object" && "action" in e.detail && (
                        <span className="block font-mono text-xs text-muted">{String(e.detail.action)}</span>
                      )}
                    </td>
                    <td className="py-1.5 pr-3 whitespace-nowrap">
                      {e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}
                    </td>
                    <td className="py-1.5 pr-3 whitespace-nowrap">{t(`results.${e.result}`)}</td>
                    <td className="py-1.5 font-mono text-xs">{e.ip ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <nav className="mt-3 flex flex-wrap gap-3" aria-label={t("filters")}>
          {after != null && (
            <Link href={`/audit${queryOf(values)}`} className={buttonStyles.quiet}>
              {t("first")}
            </Link>
          )}
          {page.nextAfter != null && (
            <Link
              href={`/audit${queryOf(values, { after: String(page.nextAfter) })}`}
              className={buttonStyles.quiet}
              data-testid="audit-next"
            >
              {t("next")}
            </Link>
          )}
        </nav>
      </Card>
    </div>
  );
}
