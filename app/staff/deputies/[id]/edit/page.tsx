// Edit a deputy of the staff's region: person, stations, and a mandate added or updated.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { Card, PageHeader } from "@/components/ui/card";
import { DeputyForm } from "@/components/deputies/deputy-form";
import { PhotoEditor } from "@/components/photos/photo-editor";
import { DeputyAccountForm } from "@/components/deputies/deputy-account-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { foundOrNull } from "@/lib/errors";
import { parseId } from "@/lib/validation/fields";
import { getDeputyForEdit } from "@/lib/deputies/deputy-for-edit";
import { regionsForTermChange } from "@/lib/deputies/term-regions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deputyAdmin"))("editTitle") };
}

export default async function EditDeputyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const { id } = await params;
  const deputyId = parseId(id);
  if (!deputyId) notFound();
  const d = await foundOrNull(getDeputyForEdit(actor, deputyId));
  if (!d) notFound();
  const [t, tl, ta, regions] = await Promise.all([
    getTranslations("deputyAdmin"),
    getTranslations("archive.deputyLevel"),
    getTranslations("deputyAccount"),
    regionsForTermChange(actor),
  ]);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={`${t("editTitle")}：${d.name}`} />
      <p className="text-sm">
        <Link href={`/staff/deputies/${d.id}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <Card title={t("mandates")}>
        {d.mandates.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <ul className="text-sm">
            {d.mandates.map((m) => (
              <li key={m.id}>
                {tl(m.level)} {m.term} · {m.region} · {m.startsOn ?? "…"} – {m.endsOn ?? "…"}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <PhotoEditor owner="deputy" ownerId={d.id} name={d.name} photo={d.photo} />
      <Card title={ta("title")}>
        {d.account ? (
          <p>
            {ta(d.account.disabled ? "hasDisabled" : "has", { username: d.account.username })}
            <span className="mt-1 block text-sm text-muted">{ta("adminOnly")}</span>
          </p>
        ) : !d.active ? (
          <p className="text-sm text-muted">{ta("inactive")}</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-muted">{ta("intro")}</p>
            <ActionPanel>
              <DeputyAccountForm deputyId={d.id} />
            </ActionPanel>
          </>
        )}
      </Card>
      <Card title={t("person")}>
        <DeputyForm values={d} regions={regions} />
      </Card>
    </div>
  );
}
