// The dashboard's slice form: a plain GET form like the work lists' (works without JavaScript; the result is a
// link someone can send). Stations are offered once an area is chosen.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { SuggestionSource } from "@/lib/generated/prisma/enums";
import type { Slice } from "@/lib/insight/filters";
import type { QueueOptions } from "@/lib/suggestions/staff-queue-options";

const inputStyles =
  "block w-full min-w-0 rounded-md border border-line bg-white px-3 py-2 text-base focus:border-blue-700";

export async function SliceForm({
  slice,
  options,
  units,
  action,
}: {
  slice: Slice;
  options: QueueOptions;
  units: { id: number; name: string }[];
  action: string;
}) {
  const [t, tsrc] = await Promise.all([getTranslations("insight"), getTranslations("source")]);
  return (
    <form
      method="get"
      action={action}
      aria-label={t("sliceForm")}
      className="rounded-lg border border-line bg-white p-4 shadow-sm print:hidden"
    >
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <div className="min-w-0">
          <label htmlFor="from" className="mb-1 block font-medium">
            {t("from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={slice.from} className={inputStyles} />
        </div>
        <div className="min-w-0">
          <label htmlFor="to" className="mb-1 block font-medium">
            {t("to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={slice.to} className={inputStyles} />
        </div>
        <SelectField name="region" label={t("region")} defaultValue={slice.region ? String(slice.region) : ""}>
          <option value="">{t("allRegions")}</option>
          {options.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.level === "TOWNSHIP" && r.districtName ? `${r.districtName} · ${r.name}` : r.name}
            </option>
          ))}
        </SelectField>
        {options.stations && (
          <SelectField name="station" label={t("station")} defaultValue={slice.station ? String(slice.station) : ""}>
            <option value="">{t("allStations")}</option>
            {options.stations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField name="category" label={t("category")} defaultValue={slice.category ? String(slice.category) : ""}>
          <option value="">{t("allCategories")}</option>
          {options.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="source" label={t("source")} defaultValue={slice.source ?? ""}>
          <option value="">{t("allSources")}</option>
          {Object.values(SuggestionSource).map((s) => (
            <option key={s} value={s}>
              {tsrc(s)}
            </option>
          ))}
        </SelectField>
        <SelectField name="unit" label={t("unit")} defaultValue={slice.unit ? String(slice.unit) : ""}>
          <option value="">{t("allUnits")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
      </div>
      {slice.deputy && <input type="hidden" name="deputy" value={slice.deputy} />}
      {slice.exact && <input type="hidden" name="exact" value="1" />}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" className={buttonStyles.primary}>
          {t("apply")}
        </button>
        <Link href={action} className={buttonStyles.quiet}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
