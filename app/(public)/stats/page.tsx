// 公开数据: the year's totals and rates for anyone, by month, category and city, and handling units ranked
// (lib/insight/public-stats.ts). Counts only, nothing personal; no links into items (those need a sign-in).
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card, PageHeader } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { buttonStyles } from "@/components/ui/button-styles";
import { SelectField } from "@/components/ui/select-field";
import { percent } from "@/components/insight/figure-link";
import { BarChart } from "@/components/insight/bar-chart";
import { publicYears } from "@/lib/insight/public-years";
import { parseSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { rate, type Figures } from "@/lib/insight/measures";
import { MIN_RANKED, publicStats } from "@/lib/insight/public-stats";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stats"))("title") };
}

function FiguresTable({
  rows,
  caption,
  t,
}: {
  rows: { name: string; figures: Figures }[];
  caption: string;
  t: (k: string) => string;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full min-w-[640px] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-muted">
          <tr>
            <th scope="col" className="py-1 pr-2 font-normal">
              {t("name")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-normal">
              {t("received")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-normal">
              {t("replied")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-normal">
              {t("onTimeRate")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-normal">
              {t("solvedRate")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-normal">
              {t("faceToFaceRate")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-normal">
              {t("satisfiedRate")}
            </th>
            <th scope="col" className="py-1 text-right font-normal">
              {t("basicallySatisfiedRate")}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {rows.map((r) => (
            <tr key={r.name} className="border-t border-line">
              <th scope="row" className="py-1.5 pr-2 font-medium">
                {r.name}
              </th>
              <td className="py-1.5 pr-2 text-right">{r.figures.received.toLocaleString("zh-CN")}</td>
              <td className="py-1.5 pr-2 text-right">{r.figures.replied.toLocaleString("zh-CN")}</td>
              <td className="py-1.5 pr-2 text-right">{percent(rate(r.figures, "onTimeRate"))}</td>
              <td className="py-1.5 pr-2 text-right">{percent(rate(r.figures, "solvedRate"))}</td>
              <td className="py-1.5 pr-2 text-right">{percent(rate(r.figures, "faceToFaceRate"))}</td>
              <td className="py-1.5 pr-2 text-right">{percent(rate(r.figures, "satisfiedRate"))}</td>
              <td className="py-1.5 text-right">{percent(rate(r.figures, "basicallySatisfiedRate"))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Ranking({
  title,
  rows,
  unit,
  empty,
}: {
  title: string;
  rows: { name: string; rate: number; count: number }[];
  unit: (n: number) => string;
  empty: string;
}) {
  return (
    <Card title={title}>
      {rows.length === 0 && <p className="text-muted">{empty}</p>}
      <ol className="space-y-1">
        {rows.slice(0, 10).map((r, i) => (
          <li key={r.name} className="flex items-baseline gap-3 border-t border-line pt-1 first:border-0">
            <span className="w-6 text-right text-muted tabular-nums">{i + 1}</span>
            <span className="flex-1">{r.name}</span>
            <span className="tabular-nums font-medium">{percent(r.rate)}</span>
            <span className="w-20 text-right text-sm text-muted tabular-nums">{unit(r.count)}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}

export default async function StatsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const years = publicYears();
  const { values } = parseSearchParams(
    z.strictObject({ year: z.enum(years.map(String) as [string, ...string[]]).optional() }),
    await searchParams,
  );
  const year = Number(values.year ?? years[0]);
  const [t, ti, to, s] = await Promise.all([
    getTranslations("stats"),
    getTranslations("insight"),
    getTranslations("openData"),
    publicStats(year),
  ]);
  const col = (k: string) => (k === "name" ? ti("name") : k.endsWith("Rate") ? ti(`rates.${k}`) : ti(`measure.${k}`));
  const f = s.totals;
  const tiles: [string, string][] = [
    [ti("measure.received"), f.received.toLocaleString("zh-CN")],
    [ti("measure.replied"), f.replied.toLocaleString("zh-CN")],
    [ti("rates.onTimeRate"), percent(rate(f, "onTimeRate"))],
    [ti("rates.solvedRate"), percent(rate(f, "solvedRate"))],
    [ti("rates.faceToFaceRate"), percent(rate(f, "faceToFaceRate"))],
    [ti("rates.satisfiedRate"), percent(rate(f, "satisfiedRate"))],
    [ti("rates.basicallySatisfiedRate"), percent(rate(f, "basicallySatisfiedRate"))],
    [ti("measure.avgDaysToReply"), f.avgDaysToReply == null ? "—" : ti("days", { days: f.avgDaysToReply })],
  ];
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" action="/stats" aria-label={t("yearForm")} className="flex flex-wrap items-end gap-3">
        <SelectField name="year" label={t("year")} defaultValue={String(year)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <button type="submit" className={buttonStyles.secondary}>
          {ti("apply")}
        </button>
      </form>
      <Card title={t("totals", { year })}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {tiles.map(([label, value]) => (
            <div key={label} className="rounded-md bg-paper px-3 py-2">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        {/* Ratings staff took by phone (回访) are part of the rates above and shown apart (decision 0071). */}
        <p className="mt-3 text-sm text-muted">
          {ti("phoneRatings", {
            satisfied: f.satisfiedByPhone.toLocaleString("zh-CN"),
            basic: f.basicallySatisfiedByPhone.toLocaleString("zh-CN"),
            all: f.ratedByPhone.toLocaleString("zh-CN"),
          })}
        </p>
      </Card>
      <Card title={t("byMonth")}>
        <BarChart
          label={t("byMonth")}
          bars={s.byMonth.map((m) => ({ label: t("monthLabel", { month: m.month }), value: m.figures.received }))}
        />
        <FiguresTable
          caption={t("byMonth")}
          t={col}
          rows={s.byMonth.map((m) => ({ name: t("monthLabel", { month: m.month }), figures: m.figures }))}
        />
      </Card>
      <Card title={t("byCategory")}>
        <FiguresTable caption={t("byCategory")} t={col} rows={s.byCategory} />
      </Card>
      <Card title={t("byCity")}>
        <FiguresTable caption={t("byCity")} t={col} rows={s.byCity} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Ranking
          title={t("onTimeRanking")}
          rows={s.onTimeRanking}
          unit={(n) => t("repliedCount", { count: n })}
          empty={t("noneRanked", { min: MIN_RANKED })}
        />
        <Ranking
          title={t("satisfactionRanking")}
          rows={s.satisfactionRanking}
          unit={(n) => t("ratedCount", { count: n })}
          empty={t("noneRanked", { min: MIN_RANKED })}
        />
      </div>
      <p className="text-sm text-muted">
        {t("rankingNote", { min: MIN_RANKED })} {ti("definitionsNote")}
      </p>
      <Card title={to("downloads")}>
        <p className="text-sm text-muted">{to("downloadsIntro")}</p>
        <p className="mt-3 flex flex-wrap gap-2">
          <a href={`/api/open-data/figures?year=${year}&format=csv`} className={buttonStyles.secondary} download>
            {to("figuresCsv", { year })}
          </a>
          <a href={`/api/open-data/figures?year=${year}&format=json`} className={buttonStyles.secondary} download>
            {to("figuresJson", { year })}
          </a>
          <Link href={`/stats/answered?year=${year}`} className={buttonStyles.primary}>
            {to("answeredLink")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
