// The region tree below the staff member's own region, at province scale: one level at a time (the children of the
// region opened, paged) or a search by name or code across the whole subtree, never the whole tree at once. Add a
// child to the region opened, rename one below one's own. Regions are never deleted. Every read and change checks
// the scope on the server (lib/regions), whatever the address asks for.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { areaActor } from "@/components/layout/area-layout";
import { StepForm } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { buttonStyles } from "@/components/ui/button-styles";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { AppError } from "@/lib/errors";
import { currentClientInfo } from "@/lib/http/client-info";
import { parseSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { browseRegionsForStaff } from "@/lib/regions/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("places"))("regions.title") };
}

const paramsSchema = z.object({
  parent: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  q: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
});

export default async function StaffRegionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const { values: f } = parseSearchParams(paramsSchema, await searchParams);
  const [t, tr] = await Promise.all([getTranslations("places"), getTranslations("regionBrowse")]);
  const view = await browseRegionsForStaff(
    actor,
    { parentId: f.parent, q: f.q, page: f.page },
    await currentClientInfo(),
  ).catch((err: unknown) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const { parent, chain, rows, total, page, pageSize, q } = view;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  // To another region's level (a breadcrumb, "open"), or to another page of what is shown now.
  const link = (to: { parent?: number; page?: number }) => {
    const p = new URLSearchParams();
    const at = to.parent ?? (q ? undefined : parent.id);
    if (to.parent === undefined && q) p.set("q", q);
    else if (at !== undefined && at !== chain[0]?.id) p.set("parent", String(at));
    if (to.page && to.page > 1) p.set("page", String(to.page));
    const s = p.toString();
    return s ? `/staff/regions?${s}` : "/staff/regions";
  };
  const label = (r: { name: string; level: string }) => `${t(`level.${r.level}`)} · ${r.name}`;
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("regions.title")} intro={t("regions.intro")} />
      <form method="get" action="/staff/regions" role="search" className="flex flex-wrap items-end gap-3">
        <Field name="q" id="region-q" label={tr("search")} defaultValue={q} maxLength={40} />
        <button type="submit" className={buttonStyles.primary}>
          {tr("find")}
        </button>
        {q && (
          <Link href="/staff/regions" className="min-h-11 py-2 text-brand-700 underline">
            {tr("clear")}
          </Link>
        )}
      </form>

      {!q && (
        <nav aria-label={tr("breadcrumb")}>
          <ol className="flex flex-wrap items-center gap-x-2 text-sm">
            {chain.map((r, i) => (
              <li key={r.id} className="flex items-center gap-2">
                {i > 0 && <span aria-hidden="true">›</span>}
                {r.id === parent.id ? (
                  <span aria-current="page" className="font-semibold">
                    {label(r)}
                  </span>
                ) : (
                  <Link href={link({ parent: r.id })} className="text-brand-700 underline">
                    {label(r)}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}

      <p className="text-sm text-muted">
        {q ? tr("found", { count: total, q }) : tr("children", { count: total, name: parent.name })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>{q ? tr("noMatch") : tr("noChildren")}</EmptyState>
      ) : (
        <ul className="rounded-lg border border-line bg-white">
          {rows.map((r) => (
            <li key={r.id} className="border-b border-line px-4 py-2 last:border-b-0">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{r.name}</span>
                  <span className="ml-2 text-sm text-muted">
                    {t(`level.${r.level}`)} · {r.code}
                    {q && r.parent ? ` · ${tr("under", { name: r.parent.name })}` : ""}
                  </span>
                </summary>
                <div className="mt-2 space-y-3">
                  {r.level !== "COMMUNITY" && (
                    <p>
                      <Link href={link({ parent: r.id })} className="text-brand-700 underline">
                        {tr("open", { count: r._count.children })}
                      </Link>
                    </p>
                  )}
                  {r.path !== view.ownPath && (
                    <div className="max-w-md">
                      <ActionPanel>
                        <StepForm
                          area="places"
                          op="renameRegion"
                          idPrefix={`r${r.id}-`}
                          hidden={{ regionId: String(r.id) }}
                          fields={[
                            { name: "name", label: t("regions.newName"), kind: "text", max: 60, defaultValue: r.name },
                          ]}
                          submitLabel={t("regions.rename")}
                        />
                      </ActionPanel>
                    </div>
                  )}
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={tr("pages")} className="flex items-center justify-between gap-3">
          {page > 1 ? (
            <Link href={link({ page: page - 1 })} className={buttonStyles.secondary}>
              {tr("prev")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted">{tr("pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link href={link({ page: page + 1 })} className={buttonStyles.secondary}>
              {tr("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}

      {!q && parent.level !== "COMMUNITY" && (
        <Card title={tr("addUnder", { name: parent.name })}>
          <ActionPanel>
            <StepForm
              area="places"
              op="addRegion"
              layout="columns"
              hidden={{ parentId: String(parent.id) }}
              submitLabel={t("regions.add")}
              fields={[
                { name: "code", label: t("regions.code"), kind: "text", max: 12, hint: t("regions.codeHint") },
                { name: "name", label: t("regions.name"), kind: "text", max: 60 },
              ]}
            />
          </ActionPanel>
        </Card>
      )}
    </div>
  );
}
