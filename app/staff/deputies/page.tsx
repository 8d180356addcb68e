// The deputies of the staff member's region, to open one's duty archive; and quarterly publication of points.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { parseId } from "@/lib/validation/fields";
import { areaActor } from "@/components/layout/area-layout";
import { IMPORT_PATHS } from "@/lib/import/kinds";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/button-styles";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { listDeputiesForArchive } from "@/lib/deputies/duty-archive";
import { listPublications } from "@/lib/deputies/publish-points";
import { professionalGroupsWithCounts } from "@/lib/deputies/professional-groups";
import { ProfessionalGroupsCard } from "@/components/deputies/professional-groups-card";
import { SelectField } from "@/components/ui/select-field";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("archive"))("indexTitle") };
}

export default async function DeputiesArchiveIndex({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; group?: string }>;
}) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const params = await searchParams;
  const raw = params.q;
  const q = typeof raw === "string" ? raw.trim().slice(0, 40) : "";
  const groupParam = typeof params.group === "string" ? params.group : "";
  const group = groupParam === "none" ? "none" : (parseId(groupParam) ?? undefined);
  const [t, ta, tl, tg, deputies, pubs, groups] = await Promise.all([
    getTranslations("archive"),
    getTranslations("deputyAdmin"),
    getTranslations("archive.deputyLevel"),
    getTranslations("deputyGroups"),
    listDeputiesForArchive(actor, q, 50, group),
    listPublications(actor),
    professionalGroupsWithCounts(),
  ]);
  const year = new Date().getFullYear();
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("indexTitle")} intro={t("indexIntro")} />
      <nav aria-label={ta("tools")} className="flex flex-wrap gap-4 text-sm">
        <Link href="/staff/deputies/new" className="text-brand-700 underline">
          {ta("newDeputy")}
        </Link>
        <Link href="/staff/deputies/import" className="text-brand-700 underline">
          {ta("import")}
        </Link>
        <a href={IMPORT_PATHS.deputies.export} className="text-brand-700 underline">
          {ta("export")}
        </a>
        <a href={IMPORT_PATHS.deputies.template} className="text-brand-700 underline">
          {ta("template")}
        </a>
        <Link href="/staff/deputies/term" className="text-brand-700 underline">
          {ta("term")}
        </Link>
      </nav>
      <Card title={t("publishTitle")}>
        <p className="mb-3 text-sm text-muted">{t("publishIntro")}</p>
        <ActionPanel>
          <StepForm
            area="supervision"
            op="publishPoints"
            submitLabel={t("publish")}
            fields={[
              { name: "year", label: t("year"), kind: "number", defaultValue: String(year) },
              {
                name: "quarter",
                label: t("quarter"),
                kind: "radio",
                options: [1, 2, 3, 4].map((n) => ({ value: String(n), label: t("quarterShort", { q: String(n) }) })),
              },
            ]}
          />
        </ActionPanel>
        {pubs.length > 0 && (
          <ul className="mt-3 text-sm">
            {pubs.map((p) => (
              <li key={p.id}>
                {t("publication", {
                  year: p.year,
                  quarter: String(p.quarter),
                  entries: p.entries,
                  date: p.publishedAt.toISOString().slice(0, 10),
                })}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <form method="get" action="/staff/deputies" className="flex flex-wrap items-end gap-3" role="search">
        <Field name="q" id="deputy-q" label={t("search")} defaultValue={q} maxLength={40} />
        <SelectField
          name="group"
          id="deputy-group"
          label={tg("field")}
          defaultValue={group === undefined ? "" : String(group)}
        >
          <option value="">{tg("all")}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
          <option value="none">{tg("none")}</option>
        </SelectField>
        <button type="submit" className={buttonStyles.primary}>
          {t("find")}
        </button>
      </form>
      {deputies.length === 0 ? (
        <EmptyState>{t("noDeputies")}</EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {deputies.map((d) => (
            <li key={d.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
              <Link href={`/staff/deputies/${d.id}`} className="font-medium text-brand-700 underline">
                {d.name}
              </Link>
              <Link href={`/staff/deputies/${d.id}/edit`} className="text-sm text-brand-700 underline">
                {ta("edit")}
              </Link>
              <span className="text-sm text-muted">
                {d.mandates.map((m) => `${tl(m.level)}${t("term", { term: m.term })}`).join("、")}
                {d.occupation ? ` · ${d.occupation}` : ""}
                {d.group ? ` · ${d.group.name}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ProfessionalGroupsCard groups={groups} />
    </div>
  );
}
