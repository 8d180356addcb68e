// One station in the committee's register: its details (edit), its star assessments (history and a new one), its
// admins, and closing it. A station outside the staff member's region is "not found".
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { StepForm } from "@/components/forms/step-form";
import { PhotoEditor } from "@/components/photos/photo-editor";
import { StationForm } from "@/components/places/station-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { tileConfig } from "@/lib/map-tiles";
import {
  nearbyStationPoints,
  parentOptions,
  regionOptions,
  stationAdminOptions,
  stationForStaff,
} from "@/lib/stations/staff-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("places"))("station.title") };
}

const ITEMS = ["hasVenue", "hasStaff", "hasRules", "hasActivities", "hasFunding", "hasEquipment"] as const;

export default async function StaffStationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const s = await stationForStaff(actor, id);
  if (!s) notFound();
  const [t, regions, parents, admins, others] = await Promise.all([
    getTranslations("places"),
    regionOptions(actor),
    parentOptions(actor),
    stationAdminOptions(actor),
    nearbyStationPoints(actor),
  ]);
  const date = (d: Date) => d.toISOString().slice(0, 10);
  const today = shanghaiDateOf(new Date());
  const adminOptions = new Map(admins.map((a) => [String(a.id), `${a.name}（${a.username ?? ""}）`]));
  for (const a of s.admins) adminOptions.set(String(a.user.id), `${a.user.name}（${a.user.username ?? ""}）`);
  const adminIds = new Set(s.admins.map((a) => String(a.user.id)));
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader
        title={`${s.name}`}
        intro={`${s.code} · ${t(`form.kinds.${s.kind}`)} · ${s.region.name} · ${t("stations.stars", { count: s.starLevel })}`}
      />
      <p className="flex flex-wrap gap-4">
        <Link href="/staff/stations" className="text-brand-700 underline">
          {t("station.back")}
        </Link>
        {s.active && (
          <Link href={`/stations/${s.id}`} className="text-brand-700 underline">
            {t("station.public")}
          </Link>
        )}
      </p>
      {!s.active && (
        <p className="rounded-md border border-line bg-gray-100 px-3 py-2">
          {t("station.closedOn", { date: s.closedOn ? date(s.closedOn) : "—" })}
        </p>
      )}

      <PhotoEditor owner="station" ownerId={s.id} name={s.name} photo={s.photo} />

      <Card title={t("station.assessments")}>
        {s.assessments.length === 0 ? (
          <EmptyState>{t("station.noAssessments")}</EmptyState>
        ) : (
          <ol className="mb-4 divide-y divide-line">
            {s.assessments.map((a) => (
              <li key={a.id} className="py-2">
                <p className="font-medium">
                  {date(a.assessedOn)} · {t("stations.stars", { count: a.level })} · {a.assessorName}
                </p>
                <p className="text-sm text-muted">
                  {ITEMS.filter((k) => a[k])
                    .map((k) => t(`items.${k}`))
                    .join("、") || t("station.noItems")}
                </p>
                {a.notes && <p className="text-sm">{a.notes}</p>}
              </li>
            ))}
          </ol>
        )}
        {s.active && (
          <ActionPanel>
            <h3 className="mb-2 font-semibold">{t("station.newAssessment")}</h3>
            <StepForm
              area="places"
              op="assessStation"
              hidden={{ stationId: String(s.id) }}
              submitLabel={t("station.recordAssessment")}
              layout="columns"
              fields={[
                { name: "assessedOn", label: t("station.assessedOn"), kind: "date", defaultValue: today },
                { name: "assessorName", label: t("station.assessor"), kind: "text", max: 60 },
                {
                  name: "level",
                  label: t("station.level"),
                  kind: "select",
                  options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t("stations.stars", { count: n }) })),
                },
                ...ITEMS.map((k) => ({ name: k, label: t(`items.${k}`), kind: "checkbox" as const })),
                { name: "notes", label: t("station.notes"), kind: "textarea", max: 1000 },
              ]}
            />
          </ActionPanel>
        )}
      </Card>

      <Card title={t("station.admins")}>
        <ActionPanel>
          {adminOptions.size === 0 ? (
            <EmptyState>{t("station.noAdminAccounts")}</EmptyState>
          ) : (
            <StepForm
              area="places"
              op="stationAdmins"
              hidden={{ stationId: String(s.id) }}
              submitLabel={t("station.saveAdmins")}
              fields={[
                {
                  name: "userIds",
                  label: t("station.adminsPick"),
                  kind: "checkboxes",
                  options: [...adminOptions].map(([value, label]) => ({ value, label, checked: adminIds.has(value) })),
                },
              ]}
            />
          )}
        </ActionPanel>
      </Card>

      <Card title={t("station.edit")}>
        <ActionPanel>
          <StationForm
            stationId={s.id}
            initial={{
              code: s.code,
              name: s.name,
              kind: s.kind,
              parentId: s.parentId ? String(s.parentId) : "",
              regionId: String(s.regionId),
              address: s.address,
              lat: String(Number(s.lat)),
              lng: String(Number(s.lng)),
              openingHours: s.openingHours,
              contactName: s.contactName ?? "",
              contactPhone: s.contactPhone ?? "",
              intro: s.intro ?? "",
            }}
            regions={regions.map((r) => ({ value: String(r.id), label: `${t(`level.${r.level}`)} · ${r.name}` }))}
            parents={parents
              .filter((p) => p.id !== s.id)
              .map((p) => ({ value: String(p.id), label: `${t(`form.kinds.${p.kind}`)} · ${p.name}` }))}
            tiles={tileConfig()}
            others={others}
          />
        </ActionPanel>
      </Card>

      {s.active && (
        <Card title={t("station.close")}>
          <p className="mb-3 text-sm text-muted">{t("station.closeIntro")}</p>
          <ActionPanel>
            <StepForm
              area="places"
              op="closeStation"
              hidden={{ stationId: String(s.id) }}
              tone="secondary"
              submitLabel={t("station.closeButton")}
              confirm={{
                question: t("station.closeConfirm", { name: s.name }),
                yes: t("station.closeButton"),
                no: t("confirmNo"),
              }}
              fields={[
                { name: "closedOn", label: t("station.closedOnLabel"), kind: "date", defaultValue: today },
                { name: "reason", label: t("station.closeReason"), kind: "textarea", max: 500 },
              ]}
            />
          </ActionPanel>
        </Card>
      )}
    </div>
  );
}
