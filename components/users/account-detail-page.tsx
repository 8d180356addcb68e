// /admin/users/<id>: one account, what it may reach, its state, and what the admin can do to it.
import { ResetSecondFactorForm } from "@/components/admin/reset-second-factor-form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, PageHeader } from "@/components/ui/card";
import { foundOrNull } from "@/lib/errors";
import { accountDetail, type AccountDetail } from "@/lib/users/account-detail";
import { AccountActions } from "./account-actions";
import { AccountForm } from "./account-form";
import { StateBadges } from "./state-badges";

async function load(actor: Parameters<typeof accountDetail>[0], id: number): Promise<AccountDetail> {
  return (await foundOrNull(accountDetail(actor, id))) ?? notFound();
}

export async function AccountDetailPage({ id }: { id: number }) {
  const actor = await areaActor("admin");
  if (!actor) return null;
  const [u, t, tr, format] = await Promise.all([
    load(actor, id),
    getTranslations("users"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const scope =
    u.region?.name ??
    u.unit?.name ??
    (u.deputy ? t("scope.deputy", { name: u.deputy.name }) : null) ??
    (u.stations.length ? u.stations.map((s) => s.name).join("、") : t("scope.whole"));
  const rows: [string, React.ReactNode][] = [
    [t("col.role"), tr(u.role)],
    [t("col.scope"), scope],
    [t("col.state"), <StateBadges key="s" states={u.states} label={(s) => t(`state.${s}`)} />],
    [t("detail.phone"), u.phoneMasked ?? t("detail.noPhone")],
    [t("col.lastLogin"), u.lastLoginAt ? when(u.lastLoginAt) : t("never")],
    [t("detail.created"), when(u.createdAt)],
  ];
  if (u.lockedUntil) rows.push([t("detail.lockedUntil"), when(u.lockedUntil)]);
  const one = (r: { id: number; name: string } | null) => (r ? [{ id: r.id, label: r.name }] : []);
  return (
    <div className="max-w-3xl min-w-0 space-y-5">
      <Link href="/admin/users" className="text-brand-700 underline-offset-4 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={u.name} intro={t("detail.intro", { username: u.username })} />
      <Card title={t("detail.overview")}>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-muted">{k}</dt>
              <dd className="mb-2 sm:mb-0">{v}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={t("detail.actions")}>
        <AccountActions
          userId={u.id}
          name={u.name}
          disabled={u.disabled}
          locked={u.lockedUntil != null}
          hasPhone={u.phoneMasked != null}
          isSelf={u.isSelf}
        >
          {/* Second factor (S6): a lost phone is reset here; the holder enrols again at the next sign-in. */}
          {!u.isSelf && (
            <li>
              <ResetSecondFactorForm userId={u.id} />
            </li>
          )}
        </AccountActions>
      </Card>
      <Card title={t("detail.edit")}>
        {u.isSelf && <p className="mb-3 text-sm text-muted">{t("detail.selfEdit")}</p>}
        <AccountForm
          defaults={{
            userId: u.id,
            name: u.name,
            role: u.role,
            phoneMasked: u.phoneMasked,
            region: one(u.region),
            unit: one(u.unit),
            deputy: one(u.deputy),
            stations: u.stations.map((s) => ({ id: s.id, label: s.name })),
          }}
        />
      </Card>
    </div>
  );
}
