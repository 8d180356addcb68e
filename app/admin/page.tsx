import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, PageHeader } from "@/components/ui/card";
import { countUsersByRole } from "@/lib/users/queries";
import { ROLE_HOME } from "@/lib/auth/roles";

export default async function AdminHome() {
  const actor = await areaActor("admin");
  if (!actor) return null;
  const [t, counts] = await Promise.all([getTranslations(), countUsersByRole(actor)]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("areas.welcome", { name: actor.name })} intro={t("areas.admin.intro")} />
      <Card title={t("areas.admin.users")}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {Object.keys(ROLE_HOME).map((role) => (
            <div key={role} className="rounded-md border border-line bg-paper px-3 py-2">
              <dt className="text-sm text-muted">{t(`roles.${role}`)}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{counts[role as keyof typeof counts] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
