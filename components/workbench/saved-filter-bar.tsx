// Quick links over the staff queue: the person's saved filters and those shared with all staff, and a small form
// to keep the current filter under a name.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StepForm } from "@/components/forms/step-form";
import type { SavedFilterLink } from "@/lib/suggestions/saved-filters";

export async function SavedFilterBar({ links, current }: { links: SavedFilterLink[]; current: string }) {
  const t = await getTranslations("workbench.saved");
  return (
    <section aria-labelledby="saved-filters" className="space-y-2">
      <h2 id="saved-filters" className="text-sm font-medium text-muted">
        {t("title")}
      </h2>
      {links.length === 0 ? (
        <p className="text-sm text-muted">{t("none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {links.map((l) => (
            <li key={l.id} className="inline-flex items-center gap-1 rounded-full border border-line bg-white pl-3">
              <Link href={l.href} className="inline-flex min-h-9 items-center text-sm text-brand-700 underline">
                {l.name}
              </Link>
              {l.shared && <span className="text-xs text-muted">{t("sharedMark")}</span>}
              {l.mine ? (
                <details className="relative">
                  <summary className="inline-flex min-h-9 min-w-9 cursor-pointer list-none items-center justify-center rounded-full text-muted [&::-webkit-details-marker]:hidden">
                    <span aria-hidden="true">×</span>
                    <span className="sr-only">{t("deleteNamed", { name: l.name })}</span>
                  </summary>
                  <div className="absolute z-10 mt-1 w-56 rounded-md border border-line bg-white p-3 shadow">
                    <StepForm
                      area="savedFilter"
                      op="deleteFilter"

                      idPrefix={`f${l.id}-`}
                      hidden={{ filterId: String(l.id) }}
                      title={t("deleteConfirm", { name: l.name })}
                      submitLabel={t("delete")}
                      tone="secondary"
                    />
                  </div>
                </details>
              ) : (
                <span className="pr-3" />
              )}
            </li>
          ))}
        </ul>
      )}
      {current && (
        <details className="rounded-md border border-dashed border-line bg-white">
          <summary className="min-h-11 cursor-pointer px-3 py-2 text-sm text-brand-700">{t("saveCurrent")}</summary>
          <div className="border-t border-line p-3">
            <StepForm
              area="savedFilter"
              op="saveFilter"

              hidden={{ query: current }}
              submitLabel={t("save")}
              fields={[
                { name: "name", label: t("name"), kind: "text", required: true, max: 40 },
                {
                  name: "shared",
                  label: t("sharedLegend"),
                  kind: "checkboxes",
                  options: [{ value: "on", label: t("shared") }],
                },
              ]}
            />
          </div>
        </details>
      )}
    </section>
  );
}
