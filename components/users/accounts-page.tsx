// /admin/users: every staff-type account, searchable and filtered, newest first, 25 to a page (keyset).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ImportLinks } from "@/components/import/import-links";
import { KeysetPager } from "@/components/suggestions/keyset-pager";
import { buttonStyles } from "@/components/ui/button-styles";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import { ACCOUNT_STATES, accountFilterSchema, listAccounts } from "@/lib/users/account-list";
import { STAFF_ROLES } from "@/lib/users/schemas";
import { scopeOptionsFor } from "@/lib/users/scope-options";
import { ScopePicker } from "./scope-picker";
import { StateBadges } from "./state-badges";
import css from "./account-list.module.css";

export async function AccountsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("admin");
  if (!actor) return null;
  const { values: filter, ignored } = parseSearchParams(accountFilterSchema, await searchParams);
  const [t, tr, format, list, chosen] = await Promise.all([
    getTranslations("users"),
    getTranslations("roles"),
    getFormatter(),
    listAccounts(actor, filter),
    scopeOptionsFor(actor, filter),
  ]);
  const kept = { ...filter, after: undefined };
  const filtered = Object.values(kept).some((v) => v !== undefined);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="flex flex-wrap items-center gap-4">
        <Link href="/admin/users/new" className={buttonStyles.primary}>
          {t("new")}
        </Link>
        <ImportLinks kind="users" />
      </div>
      <Card title={t("filter.title")}>
        <form method="get" action="/admin/users" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Field name="q" type="search" label={t("filter.q")} defaultValue={filter.q} maxLength={40} />
          <SelectField name="role" label={t("filter.role")} defaultValue={filter.role ?? ""}>
            <option value="">{t("filter.all")}</option>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </SelectField>
          <SelectField name="state" label={t("filter.state")} defaultValue={filter.state ?? ""}>
            <option value="">{t("filter.all")}</option>
            {ACCOUNT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </SelectField>
          <ScopePicker name="regionId" kind="region" label={t("filter.region")} initial={chosen.region} />
          <ScopePicker name="unitId" kind="unit" label={t("filter.unit")} initial={chosen.unit} />
          <ScopePicker name="stationId" kind="station" label={t("filter.station")} initial={chosen.station} />
          <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-3">
            <button type="submit" className={buttonStyles.primary}>
              {t("filter.apply")}
            </button>
            {filtered && (
              <Link href="/admin/users" className={buttonStyles.quiet}>
                {t("filter.clear")}
              </Link>
            )}
          </div>
        </form>
        {ignored.length > 0 && <p className="mt-2 text-sm text-muted">{t("filter.ignored")}</p>}
      </Card>

      <section aria-labelledby="accounts-heading" className="min-w-0">
        <h2 id="accounts-heading" className="mb-2 text-lg font-semibold">
          {t("count", { count: list.total })}
        </h2>
        {list.rows.length === 0 ? (
          <EmptyState>{filtered ? t("emptyFiltered") : t("empty")}</EmptyState>
        ) : (
          <table className={css.list}>
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("col.account")}</th>
                <th scope="col">{t("col.role")}</th>
                <th scope="col">{t("col.scope")}</th>
                <th scope="col">{t("col.lastLogin")}</th>
                <th scope="col">{t("col.state")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((u) => (
                <tr key={u.id}>
                  <td>
                    <a href={`/admin/users/${u.id}`}>{u.name}</a>
                    <span className={css.sub}>{u.username}</span>
                  </td>
                  <td data-label={t("col.role")}>{tr(u.role)}</td>
                  <td data-label={t("col.scope")}>{describeScope(u.scope, t)}</td>
                  <td data-label={t("col.lastLogin")}>
                    {u.lastLoginAt
                      ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })
                      : t("never")}
                  </td>
                  <td data-label={t("col.state")}>
                    <StateBadges states={u.states} label={(s) => t(`state.${s}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <KeysetPager
          label={t("pager")}
          nextHref={list.next ? `/admin/users${toQueryString({ ...kept, after: list.next })}` : null}
          firstHref={filter.after ? `/admin/users${toQueryString(kept)}` : null}
          nextLabel={t("nextPage")}
          firstLabel={t("firstPage")}
        />
      </section>
    </div>
  );
}

type Scope = {
  region: string | null;
  unit: string | null;
  deputy: string | null;
  stations: string[];
  stationCount: number;
};

function describeScope(s: Scope, t: (key: string, values?: Record<string, string | number>) => string): string {
  if (s.region) return s.region;
  if (s.unit) return s.unit;
  if (s.deputy) return t("scope.deputy", { name: s.deputy });
  if (s.stationCount > s.stations.length)
    return t("scope.stationsMore", { names: s.stations.join("、"), count: s.stationCount });
  if (s.stations.length) return s.stations.join("、");
  return t("scope.whole");
}
