// 民生实事项目票决 for the committee's staff: the rounds of their region, and a form to open a new one.
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { StepForm } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { listRoundsForStaff } from "@/lib/projects/queries";
import { regionOptions } from "@/lib/stations/staff-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("staff.title") };
}

export default async function StaffProjectsPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const [t, rounds, regions] = await Promise.all([
    getTranslations("projects"),
    listRoundsForStaff(actor),
    regionOptions(actor),
  ]);
  const today = shanghaiDateOf(new Date());
  const f = (name: string) => t(`staff.fields.${name}`);
  return (
    <div className="min-w-0 space-y-5">
      <PageHeader title={t("staff.title")} intro={t("staff.intro")} />
      <Card title={t("staff.newRound")}>
        <ActionPanel>
          <StepForm
            area="projects"
            op="createRound"
            layout="columns"
            submitLabel={t("staff.create")}
            fields={[
              {
                name: "regionId",
                label: f("regionId"),
                kind: "select",
                options: regions.map((r) => ({ value: String(r.id), label: r.name })),
              },
              {
                name: "level",
                label: f("level"),
                kind: "select",
                defaultValue: "COUNTY",
                options: (["COUNTY", "TOWNSHIP"] as const).map((l) => ({ value: l, label: t(`level.${l}`) })),
              },
              { name: "term", label: f("term"), kind: "number", defaultValue: "17" },
              { name: "year", label: f("year"), kind: "number", defaultValue: String(Number(today.slice(0, 4)) + 1) },
              { name: "title", label: f("title"), kind: "text", max: 100 },
              { name: "places", label: f("places"), kind: "number", defaultValue: "10" },
              { name: "collectFrom", label: f("collectFrom"), kind: "date", defaultValue: today },
              { name: "collectUntil", label: f("collectUntil"), kind: "date" },
              {
                name: "rule",
                label: f("rule"),
                kind: "select",
                defaultValue: "MOST_YES_HALF_PRESENT",
                options: (["MOST_YES_HALF_PRESENT", "MOST_YES_HALF_ALL"] as const).map((r) => ({
                  value: r,
                  label: t(`rule.${r}`),
                })),
              },
              {
                name: "dimensions",
                label: f("dimensions"),
                kind: "textarea",
                defaultValue: "项目进度\n实施质量\n群众受益",
              },
            ]}
          />
        </ActionPanel>
      </Card>
      {rounds.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {rounds.map((r) => (
            <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <Link href={`/staff/projects/${r.id}`} className="font-medium hover:text-brand-700">
                {r.title}
              </Link>
              <span className="text-sm text-muted">
                {r.year} · {t(`status.${r.status}`)} · {t("places", { n: r.places })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
