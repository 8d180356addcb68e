// One import: progress while the worker checks or writes it, then the preview (each row new / changed / unchanged /
// error, with column and reason), the confirm step, and what was done. Only its uploader sees it (others: 404).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { currentClientInfo } from "@/lib/http/client-info";
import { getImport } from "@/lib/import/batches";
import { IMPORT_PATHS, type ImportKind } from "@/lib/import/kinds";
import { ImportProgress } from "./import-progress";
import { RevealPasswords } from "./reveal-passwords";

const SHOWN = 1000;
const RUNNING = new Set(["QUEUED", "CHECKING", "CONFIRMED", "APPLYING"]);

export async function ImportBatchPage({
  kind,
  area,
  params,
}: {
  kind: ImportKind;
  area: "staff" | "admin";
  params: Promise<{ id: string }>;
}) {
  const actor = await areaActor(area);
  if (!actor) return null;
  const { id } = await params;
  const batch = await getImport(actor, id, await currentClientInfo()).catch((err: unknown) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  // A batch of another kind is not at this address.
  if (batch.kind !== kind) notFound();
  const [t, tk, ts, tv, tr, te, tf, tc] = await Promise.all([
    getTranslations("imports"),
    getTranslations(`imports.kinds.${kind}`),
    getTranslations("import.status"),
    getTranslations("import.verdict"),
    getTranslations("import.reason"),
    getTranslations("errors.importFile"),
    getTranslations("import.failure"),
    getTranslations(kind === "deputies" ? "deputyAdmin.columns" : `imports.columns.${kind}`),
  ]);
  const preview = batch.preview;
  const shown = (preview?.rows ?? [])
    .filter((r) => r.verdict !== "unchanged")
    .sort((a, b) => (a.verdict === "error" ? 0 : 1) - (b.verdict === "error" ? 0 : 1) || a.row - b.row)
    .slice(0, SHOWN);
  const colName = (key: string) => (tc.has(key) ? tc(key) : key);
  const result = batch.result;
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("batchTitle", { file: batch.fileName })} intro={ts(batch.status)} />
      <p className="text-sm">
        <Link href={IMPORT_PATHS[kind].home} className="text-brand-700 underline">
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
      {batch.status === "DONE" && result && (
        <Alert tone="info">
          {t("result", {
            created: result.created ?? 0,
            updated: result.updated ?? 0,
            unchanged: result.unchanged ?? 0,
            excludedErrors: result.excludedErrors ?? 0,
          })}
          {tk.has("resultExtra") && <> {tk("resultExtra", result)}</>}
        </Alert>
      )}
      {kind === "users" && batch.status === "DONE" && (result?.created ?? 0) > 0 && (
        <RevealPasswords importId={batch.id} count={result?.created ?? 0} waiting={batch.secretsWaiting} />
      )}
      {preview && (
        <Card title={t("totals", preview.totals)}>
          {batch.status === "READY" && (
            <ActionPanel>
              <StepForm
                area="imports"
                op="confirmImport"
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
                      {tk("code")}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {tk("name")}
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
