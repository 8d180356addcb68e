"use client";
// 集中交办, step three: one confirmation runs the step over every item shown; the preview is then replaced by the
// result: how many moved, and each item that did not with the reason (one item's failure stops nothing else).
import { useFormAction } from "@/components/forms/use-form-action";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { batchAction, type BatchState } from "@/app/actions/queue-workbench";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";

export function BatchConfirm({
  op,
  items,
  leadUnitId,
  coUnitIds,
  summary,
  confirmLabel,
  skipped,
  backHref,
  children,
}: {
  op: string;
  items: string[];
  leadUnitId: number | null;
  coUnitIds: number[];
  summary: string;
  /** The confirm button's words ("确认交办 50 件"), from the page. */
  confirmLabel: string;
  skipped: number;
  backHref: string;
  children: ReactNode;
}) {
  const t = useTranslations("workbench.batch");
  const te = useTranslations("errors");
  const [state, action, pending] = useFormAction<BatchState>(batchAction, {});
  const outcome = state.outcome;
  if (outcome) {
    return (
      <section aria-labelledby="batch-result" className="space-y-3" aria-live="polite">
        <h2 id="batch-result" className="text-lg font-semibold">
          {t("resultTitle")}
        </h2>
        <Alert tone="info">{t("resultSummary", { moved: outcome.moved.length, failed: outcome.failed.length })}</Alert>
        {outcome.failed.length > 0 && (
          <table className="w-full border-collapse rounded-lg bg-white text-sm shadow-sm ring-1 ring-line">
            <caption className="px-3 py-2 text-left font-medium">{t("failedCaption")}</caption>
            <thead className="bg-paper text-left text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("colCode")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("colTitle")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("colWhy")}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcome.failed.map((f) => (
                <tr key={f.id} className="border-t border-line align-top">
                  <td className="px-3 py-2 font-mono whitespace-nowrap">{f.trackingCode || "—"}</td>
                  <td className="px-3 py-2">{f.title || "—"}</td>
                  <td className="px-3 py-2">{te(f.reason, f.params ?? {})}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Link href={backHref} className={buttonStyles.secondary}>
          {t("backToQueue")}
        </Link>
      </section>
    );
  }
  const ready = items.length > 0 && (op !== "assign" || leadUnitId !== null);
  return (
    <div className="space-y-3">
      {children}
      <form action={action} className="space-y-3 rounded-lg border border-line bg-white p-4">
        {state.formError && <Alert tone="error">{te(state.formError)}</Alert>}
        <input type="hidden" name="op" value={op} />
        {items.map((v) => (
          <input key={v} type="hidden" name="items" value={v} />
        ))}
        {leadUnitId !== null && <input type="hidden" name="leadUnitId" value={leadUnitId} />}
        {coUnitIds.map((v) => (
          <input key={v} type="hidden" name="coUnitIds" value={v} />
        ))}
        <p className="font-medium">{summary}</p>
        {skipped > 0 && <p className="text-sm text-muted">{t("skippedNote", { count: skipped })}</p>}
        {op === "urge" && (
          <div>
            <label htmlFor="batch-note" className="mb-1 block font-medium">
              {t("note")}
            </label>
            <textarea
              id="batch-note"
              name="note"
              maxLength={500}
              rows={2}
              className="block w-full rounded-md border border-line px-3 py-2 text-base"
            />
          </div>
        )}
        <button type="submit" className={buttonStyles.primary} disabled={!ready || pending}>
          {pending ? t("running") : confirmLabel}
        </button>
      </form>
    </div>
  );
}
