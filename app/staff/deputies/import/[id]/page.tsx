// One import: progress while the worker checks or writes it, then the preview (each row new / changed / unchanged /
// error, with column and reason), the confirm step, and what was done. Only its uploader sees it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { deputiesAction } from "@/app/actions/deputies";
import { areaActor } from "@/components/layout/area-layout";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { OpForm } from "@/components/suggestions/op-form";
import { ImportProgress } from "@/components/deputies/import-progress";
import { foundOrNull } from "@/lib/errors";
import { getImport } from "@/lib/import/batches";
import { currentClientInfo } from "@/lib/http/client-info";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deputyAdmin"))("importTitle") };
}

const SHOWN = 1000;
const RUNNING = new Set(["QUEUED", "CHECKING", "CONFIRMED", "APPLYING"]);

export default async function DeputyImportBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const { id } = await params;
  const batch = await foundOrNull(getImport(actor, id, await currentClientInfo()));
  if (!batch) notFound();
  const [t, ts, tv, tr, tc, te, tf] = await Promise.all([
    getTranslations("deputyAdmin"),
    getTranslations("import.status"),
    getTranslations("import.verdict"),
    getTranslations("import.reason"),
    getTranslations("deputyAdmin.columns"),
    getTranslations("errors.importFile"),
    getTranslations("import.failure"),
  ]);
  const preview = batch.preview;
  const shown = (preview?.rows ?? [])
    .filter((r) => r.verdict !== "unchanged")
    .sort((a, b) => (a.verdict === "error" ? 0 : 1) - (b.verdict === "error" ? 0 : 1) || a.row - b.row)
    .slice(0, SHOWN);
  const colName = (key: string) => (tc.has(key) ? tc(key) : key);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("batchTitle", { file: batch.fileName })} intro={ts(batch.status)} />
      <p className="text-sm">
        <Link href="/staff/deputies/import" className="text-brand-700 underline">
          {t("backToImport")}
        </Link>
      </p>
      {RUNNING.has(batch.status) && (
        <ImportProgress
          done={batch.progressDone}
          total={batch.progressTotal}
          label={t("progressLabel")}
          text={t("progress", { done: batch.progressDone, total: batch.progressTotal })}
        />
      )}
      {batch.status === "REJECTED" && batch.failureKey && (
        <Alert tone="error">{te(batch.failureKey, batch.failureParams ?? {})}</Alert>
      )}
      {batch.status === "FAILED" && (
        <Alert tone="error">{tf(batch.failureKey === "applyFailed" ? "applyFailed" : "generic")}</Alert>
      )}
      {batch.status === "DONE" && batch.result && (
        <Alert tone="info">
          {t("result", {
            created: batch.result.created ?? 0,
            updated: batch.result.updated ?? 0,
            unchanged: batch.result.unchanged ?? 0,
            mandatesWritten: batch.result.mandatesWritten ?? 0,
            excludedErrors: batch.result.excludedErrors ?? 0,
          })}
        </Alert>
      )}
      {preview && (
        <Card title={t("totals", preview.totals)}>
          {batch.status === "READY" && (
            <ActionPanel>
              <OpForm
                op="confirmImport"
                action={deputiesAction}
                submitLabel={t("confirm")}
                hidden={{ importId: batch.id }}
                fields={
                  preview.totals.error > 0
                    ? [
                        {
                          name: "excludeErrors",
                          label: t("excludeErrors"),
                          kind: "checkboxes",
                          options: [{ value: "on", label: t("excludeErrors") }],
                        },
                      ]
                    : []
                }
              />
            </ActionPanel>
          )}
          {shown.length === 0 ? (
            <p className="mt-3 text-sm">{t("nothingToDo")}</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <p className="mb-2 text-sm text-muted">{t("shownRows")}</p>
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="px-2 py-1">
                      {t("sheet")}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {t("row")}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {t("code")}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {t("name")}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {t("verdict")}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {t("details")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={`${r.sheet}-${r.row}`} className="border-b border-line align-top" data-verdict={r.verdict}>
                      <td className="px-2 py-1">{r.sheet}</td>
                      <td className="px-2 py-1">{r.row}</td>
                      <td className="px-2 py-1">{r.code}</td>
                      <td className="px-2 py-1">{r.label}</td>
                      <td className="px-2 py-1 font-medium">{tv(r.verdict)}</td>
                      <td className="px-2 py-1">
                        {r.verdict === "error"
                          ? r.errors.map((e) => `${colName(e.column)}：${tr(e.reason, e.params ?? {})}`).join("；")
                          : r.changed.length
                            ? t("changedFields", { fields: r.changed.map(colName).join("、") })
                            : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
