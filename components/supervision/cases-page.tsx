// The list of supervision cases, for staff (every case in their region) and leaders (the cases they lead).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { KeysetPager } from "@/components/suggestions/keyset-pager";
import { toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import { leaderOptions, listCases, parseCaseFilters, type CaseFilters } from "@/lib/supervision/case-queries";
import { CaseList } from "./case-list";

export async function casesMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("listTitle") };
}

export function casesPage(area: "staff" | "leader") {
  const path = `/${area}/supervision`;
  return async function CasesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
    const actor = await areaActor(area);
    if (!actor) return null;
    const parsed = parseCaseFilters(await searchParams);
    const [t, page, leaders] = await Promise.all([
      getTranslations("supervision"),
      listCases(actor, parsed.values),
      area === "staff" ? leaderOptions(actor) : [],
    ]);
    const { after, ...filters } = parsed.values;
    const query = (extra: Partial<CaseFilters>) => `${path}${toQueryString({ ...filters, ...extra })}`;
    return (
      <div className="min-w-0 space-y-4">
        <PageHeader
          title={area === "staff" ? t("listTitle") : t("leaderTitle")}
          intro={area === "staff" ? t("listIntro") : t("leaderIntro")}
        />
        {area === "staff" && (
          <p className="flex flex-wrap gap-3 text-sm">
            <Link href="/staff/follow-ups" className="text-brand-700 underline">
              {t("followUpsLink")}
            </Link>
            <Link href="/staff/supervision/settings" className="text-brand-700 underline">
              {t("settingsLink")}
            </Link>
            <Link href="/staff/queue?stage=open&sort=light" className="text-brand-700 underline">
              {t("byLightLink")}
            </Link>
          </p>
        )}
        <form
          method="get"
          action={path}
          aria-label={t("filters")}
          className="grid grid-cols-2 items-end gap-3 rounded-lg border border-line bg-white p-4 lg:grid-cols-5"
        >
          <SelectField name="status" label={t("colStatus")} defaultValue={filters.status ?? ""}>
            <option value="">{t("caseStatus.OPEN")}</option>
            <option value="CLOSED">{t("caseStatus.CLOSED")}</option>
            <option value="all">{t("all")}</option>
          </SelectField>
          <SelectField name="level" label={t("colLevel")} defaultValue={filters.level ?? ""}>
            <option value="">{t("all")}</option>
            {(["ROUTINE", "KEY", "LEADER_LED"] as const).map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </SelectField>
          {area === "staff" && (
            <SelectField
              name="leader"
              label={t("colLeader")}
              defaultValue={filters.leader ? String(filters.leader) : ""}
            >
              <option value="">{t("all")}</option>
              {leaders.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </SelectField>
          )}
          <label className="inline-flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="overdue"
              value="1"
              defaultChecked={filters.overdue === "1"}
              className="h-5 w-5"
            />
            {t("overdueOnly")}
          </label>
          <button type="submit" className={buttonStyles.primary}>
            {t("apply")}
          </button>
        </form>
        {parsed.ignored.length > 0 && <Alert tone="info">{t("ignored")}</Alert>}
        {page.rows.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <section aria-label={t("listLabel")}>
            <CaseList rows={page.rows} hrefBase={path} />
            <KeysetPager
              label={t("pagination")}
              nextHref={page.next ? query({ after: page.next }) : null}
              firstHref={after ? query({}) : null}
              nextLabel={t("next")}
              firstLabel={t("first")}
            />
          </section>
        )}
      </div>
    );
  };
}
