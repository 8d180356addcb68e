// The queue's batch step (集中交办): a GET form that the rows' tick boxes belong to (form="batch-pick"). It
// leads to the preview page; nothing changes until the preview is confirmed. "All matching" sends the filters
// instead of ticked ids.
import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { BATCH_LIMIT } from "@/lib/suggestions/batch";

export const BATCH_FORM = "batch-pick";

export async function BatchBar({ filters }: { filters: Record<string, string | number | undefined> }) {
  const t = await getTranslations("workbench.batch");
  return (
    <form
      id={BATCH_FORM}
      method="get"
      action="/staff/queue/batch"
      aria-label={t("barLabel")}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-paper p-3"
    >
      {Object.entries(filters).map(([k, v]) =>
        v === undefined || v === "" ? null : <input key={k} type="hidden" name={k} value={String(v)} />,
      )}
      <SelectField name="op" label={t("op")} defaultValue="assign" className="min-w-40">
        <option value="assign">{t("ops.assign")}</option>
        <option value="accept">{t("ops.accept")}</option>
        <option value="urge">{t("ops.urge")}</option>
      </SelectField>
      <label className="inline-flex min-h-11 items-center gap-2">
        <input type="checkbox" name="all" value="1" className="size-5" />
        {t("allMatching", { limit: BATCH_LIMIT })}
      </label>
      <button type="submit" className={buttonStyles.primary}>
        {t("preview")}
      </button>
      <p className="basis-full text-sm text-muted">{t("barHint")}</p>
    </form>
  );
}
