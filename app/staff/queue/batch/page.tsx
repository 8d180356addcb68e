import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonStyles } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { BatchConfirm } from "@/components/workbench/batch-confirm";
import { toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import { BATCH_LIMIT, BATCH_OPS, batchItems, previewBatch, type BatchOp } from "@/lib/suggestions/batch";
import { activeUnits } from "@/lib/suggestions/detail";
import { parseQueueFilters } from "@/lib/suggestions/staff-queue";
import { parseId } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workbench.batch"))("previewTitle") };
}

const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const dateOnly = { year: "numeric", month: "2-digit", day: "2-digit" } as const;

// 集中交办, step two: what the chosen step will do to each item (with the due dates it will set), then one
// confirmation. Reading this page changes nothing.
export default async function BatchPreviewPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const raw = await searchParams;
  const op: BatchOp = BATCH_OPS.find((o) => o === raw.op) ?? "assign";
  const all = raw.all === "1";
  const filters = { ...parseQueueFilters(raw).values, after: undefined };
  const ids = many(raw.id)
    .map(parseId)
    .filter((v): v is number => v !== null);
  const leadUnitId = typeof raw.lead === "string" ? parseId(raw.lead) : null;
  const coUnitIds = many(raw.co)
    .map(parseId)
    .filter((v): v is number => v !== null && v !== leadUnitId);

  const [t, te, ts, format, items, units] = await Promise.all([
    getTranslations("workbench.batch"),
    getTranslations("errors"),
    getTranslations("status"),
    getFormatter(),
    batchItems(actor, all ? { filters } : { ids }),
    op === "assign" ? activeUnits() : Promise.resolve([]),
  ]);
  const rows = await previewBatch(op, items);
  const movable = rows.filter((r) => r.skip === null);
  const back = `/staff/queue${toQueryString(filters)}`;
  const lead = units.find((u) => u.id === leadUnitId) ?? null;
  const date = (d: Date | null) => (d ? format.dateTime(d, dateOnly) : "—");
  const keep = { op, ...(all ? { all: "1", ...filters } : {}) };

  return (
    <div className="min-w-0 space-y-4">
      <PageHeader title={t("previewTitle")} intro={t(`intro.${op}`)} />
      <p>
        <Link href={back} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <EmptyState>{t("nothingSelected")}</EmptyState>
      ) : (
        <>
          {all && items.length >= BATCH_LIMIT && (
            <p className="text-sm text-muted">{t("capped", { limit: BATCH_LIMIT })}</p>
          )}
          {op === "assign" && (
            <form
              method="get"
              className="space-y-3 rounded-lg border border-line bg-white p-4"
              aria-label={t("unitsLabel")}
            >
              {Object.entries(keep).map(([k, v]) =>
                v === undefined ? null : <input key={k} type="hidden" name={k} value={String(v)} />,
              )}
              {!all && ids.map((v) => <input key={v} type="hidden" name="id" value={v} />)}
              <SelectField name="lead" label={t("lead")} defaultValue={lead ? String(lead.id) : ""}>
                <option value="">{t("chooseLead")}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </SelectField>
              <fieldset>
                <legend className="mb-1 font-medium">{t("co")}</legend>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {units.map((u) => (
                    <label key={u.id} className="inline-flex min-h-11 items-center gap-2">
                      <input
                        type="checkbox"
                        name="co"
                        value={u.id}
                        defaultChecked={coUnitIds.includes(u.id)}
                        className="size-5"
                      />
                      {u.name}
                    </label>
                  ))}
                </div>
              </fieldset>
              <button type="submit" className={buttonStyles.secondary}>
                {t("showPlan")}
              </button>
            </form>
          )}
          <BatchConfirm
            op={op}
            items={movable.map((r) => `${r.id}:${r.version}`)}
            leadUnitId={lead?.id ?? null}
            coUnitIds={coUnitIds}
            summary={
              op === "assign"
                ? lead
                  ? t("summary.assign", {
                      count: movable.length,
                      lead: lead.name,
                      co:
                        units
                          .filter((u) => coUnitIds.includes(u.id))
                          .map((u) => u.name)
                          .join("、") || t("noCo"),
                    })
                  : t("summary.chooseLeadFirst")
                : t(`summary.${op}`, { count: movable.length })
            }
            confirmLabel={t(`confirm.${op}`, { count: movable.length })}
            skipped={rows.length - movable.length}
            backHref={back}
          >
            <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm ring-1 ring-line">
              <caption className="sr-only">{t("tableLabel")}</caption>
              <thead className="bg-paper text-left text-muted">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("colCode")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("colTitle")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("colStage")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("colWill")}
                  </th>
                  {op === "assign" && (
                    <th scope="col" className="px-3 py-2 font-medium">
                      {t("colLeadDue")}
                    </th>
                  )}
                  {op === "assign" && (
                    <th scope="col" className="px-3 py-2 font-medium">
                      {t("colCoDue")}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-t border-line align-top">
                    <td className="px-3 py-2 font-mono whitespace-nowrap">{r.trackingCode}</td>
                    <td className="px-3 py-2">
                      {r.number !== null && (
                        <span className="mr-1 text-muted">
                          {t("number", { year: r.numberYear!, number: r.number })}
                        </span>
                      )}
                      {r.title}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{ts(r.status)}</td>
                    <td className="px-3 py-2">
                      {r.skip ? (
                        <span className="text-red-700">{t("willSkip", { reason: te(r.skip) })}</span>
                      ) : (
                        t(`will.${op === "assign" && r.status === "SUBMITTED" ? "acceptAndAssign" : op}`)
                      )}
                    </td>
                    {op === "assign" && (
                      <td className="px-3 py-2 whitespace-nowrap tabular-nums">{date(r.leadDueAt)}</td>
                    )}
                    {op === "assign" && <td className="px-3 py-2 whitespace-nowrap tabular-nums">{date(r.coDueAt)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </BatchConfirm>
        </>
      )}
    </div>
  );
}
