// The figures of one slice: counts, rates (numerator and denominator both links), satisfaction and the A/B/C/D
// split with a chart. Every number opens the list behind it.
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Slice } from "@/lib/insight/filters";
import { rate, RATES, type Figures, type MeasureKey, type RateKey } from "@/lib/insight/measures";
import { BrowserBarChart } from "./browser-bar-chart";
import { FigureLink, percent } from "./figure-link";
import { itemsHref, type InsightArea } from "./paths";

const COUNTS: { key: MeasureKey; alert?: boolean }[] = [
  { key: "received" },
  { key: "assigned" },
  { key: "replied" },
  { key: "onTime" },
  { key: "late", alert: true },
  { key: "solved" },
  { key: "faceToFace" },
  { key: "overdue", alert: true },
];
const CLASSES = ["classA", "classB", "classC", "classD"] as const;
const RATINGS = ["satisfied", "basicallySatisfied", "unsatisfied"] as const;

export async function FiguresPanel({ area, slice, figures }: { area: InsightArea; slice: Slice; figures: Figures }) {
  const t = await getTranslations("insight");
  const link = (key: MeasureKey, alert = false) => (
    <FigureLink
      href={itemsHref(area, slice, key)}
      value={figures[key]}
      alert={alert}
      label={t("openList", { measure: t(`measure.${key}`), count: figures[key] })}
    />
  );
  return (
    <div className="space-y-4">
      <Card title={t("countsTitle")}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {COUNTS.map(({ key, alert }) => (
            <div key={key} className="rounded-md bg-paper px-3 py-2">
              <dt className="text-sm text-muted">{t(`measure.${key}`)}</dt>
              <dd className="text-2xl">{link(key, alert)}</dd>
            </div>
          ))}
          <div className="rounded-md bg-paper px-3 py-2">
            <dt className="text-sm text-muted">{t("measure.avgDaysToReply")}</dt>
            <dd className="text-2xl tabular-nums">
              {figures.avgDaysToReply == null ? "—" : t("days", { days: figures.avgDaysToReply })}
            </dd>
          </div>
        </dl>
      </Card>
      <Card title={t("ratesTitle")}>
        <table className="w-full text-left">
          <caption className="sr-only">{t("ratesTitle")}</caption>
          <thead className="text-sm text-muted">
            <tr>
              <th scope="col" className="py-1 font-normal">
                {t("rate")}
              </th>
              <th scope="col" className="py-1 font-normal">
                {t("value")}
              </th>
              <th scope="col" className="py-1 font-normal">
                {t("fraction")}
              </th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(RATES) as RateKey[]).map((k) => (
              <tr key={k} className="border-t border-line">
                <th scope="row" className="py-2 font-medium">
                  {t(`rates.${k}`)}
                </th>
                <td className="py-2 pr-3 text-xl tabular-nums">{percent(rate(figures, k))}</td>
                <td className="py-2 tabular-nums">
                  {link(RATES[k].of)} / {link(RATES[k].per)}
                  <span className="ml-2 hidden text-sm text-muted sm:inline">
                    {t(`measure.${RATES[k].of}`)} / {t(`measure.${RATES[k].per}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("ratingsTitle")}>
          <BrowserBarChart
            label={t("ratingsTitle")}
            color={1}
            bars={RATINGS.map((k) => ({ label: t(`measure.${k}`), value: figures[k] }))}
          />
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
            {RATINGS.map((k) => (
              <li key={k}>
                {t(`measure.${k}`)} {link(k, k === "unsatisfied")}
              </li>
            ))}
          </ul>
          {/* Ratings staff took by phone (回访) count in the rates above and are shown apart here (decision 0071). */}
          <div className="mt-2 text-sm text-muted" data-testid="phone-ratings">
            <p>{t("phoneRatingsLead")}</p>
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              <li>
                {t("measure.satisfied")} {link("satisfiedByPhone")}
              </li>
              <li>
                {t("measure.basicallySatisfied")} {link("basicallySatisfiedByPhone")}
              </li>
              <li>
                {t("phoneRatingsAll")} {link("ratedByPhone")}
              </li>
            </ul>
          </div>
        </Card>
        <Card title={t("classesTitle")}>
          <BrowserBarChart
            label={t("classesTitle")}
            color={0}
            bars={CLASSES.map((k) => ({ label: t(`measure.${k}`), value: figures[k] }))}
          />
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
            {CLASSES.map((k) => (
              <li key={k}>
                {t(`measure.${k}`)} {link(k)}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
