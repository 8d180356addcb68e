// The search box over the staff queue and a unit's list: a plain GET form, so the result is a link like any
// filter. The other filters ride along as hidden fields: a search narrows what is shown, it does not reset it.
import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import { SEARCH_MAX } from "@/lib/suggestions/queue-search";

export async function QueueSearchBox({
  action,
  q,
  keep = {},
  hintKey = "hintStaff",
}: {
  action: string;
  q: string | undefined;
  keep?: Record<string, string | number | undefined>;
  hintKey?: "hintStaff" | "hintUnit";
}) {
  const t = await getTranslations("workbench.search");
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([k, v]) =>
        v === undefined || v === "" ? null : <input key={k} type="hidden" name={k} value={String(v)} />,
      )}
      <div className="min-w-0 grow basis-64">
        <label htmlFor="queue-q" className="mb-1 block font-medium">
          {t("label")}
        </label>
        <input
          id="queue-q"
          name="q"
          type="search"
          maxLength={SEARCH_MAX}
          defaultValue={q ?? ""}
          aria-describedby="queue-q-hint"
          className="block w-full rounded-md border border-line bg-white px-3 py-2 text-base"
        />
        <p id="queue-q-hint" className="mt-1 text-sm text-muted">
          {t(hintKey)}
        </p>
      </div>
      <button type="submit" className={`${buttonStyles.primary} mb-7`}>
        {t("submit")}
      </button>
    </form>
  );
}
