// 已答复事项: the public list of answered items, newest reply first, a page at a time, with the year's list as a
// file (lib/insight/answered-items.ts). Nothing personal, confidential items left out, no links into items.
import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { SelectField } from "@/components/ui/select-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { listCategories } from "@/lib/categories/queries";
import { parseSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { publicYears } from "@/lib/insight/public-years";
import {
  ANSWERED_EXPORT_LIMIT,
  ANSWERED_PAGE_SIZE,
  answeredItems,
  decodeCursor,
  encodeCursor,
} from "@/lib/insight/answered-items";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openData.answered"))("metaTitle") };
}

export default async function AnsweredItemsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const years = publicYears();
  const { values } = parseSearchParams(
    z.strictObject({
      year: z.enum(years.map(String) as [string, ...string[]]).optional(),
      category: z
        .string()
        .regex(/^\d{1,9}$/)
        .optional(),
      after: z.string().max(40).optional(),
    }),
    await searchParams,
  );
  const year = Number(values.year ?? years[0]);
  const categoryId = values.category ? Number(values.category) : undefined;
  const after = decodeCursor(values.after);
  const [t, all, format, categories, rows] = await Promise.all([
    getTranslations("openData.answered"),
    getTranslations(),
    getFormatter(),
    listCategories(),
    answeredItems({ year, categoryId }, after, ANSWERED_PAGE_SIZE + 1),
  ]);
  const more = rows.length > ANSWERED_PAGE_SIZE;
  const shown = rows.slice(0, ANSWERED_PAGE_SIZE);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ year: String(year), ...(categoryId ? { category: String(categoryId) } : {}), ...extra });
  const last = shown.at(-1);
  return (
    <div className="space-y-5">
      <p>
        <Link href={`/stats?year=${year}`} className="text-brand-700 underline-offset-4 hover:underline">
          ← {t("back")}
        </Link>
      </p>
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" action="/stats/answered" className="flex flex-wrap items-end gap-3">
        <SelectField name="year" label={t("year")} defaultValue={String(year)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField name="category" label={t("category")} defaultValue={categoryId ? String(categoryId) : ""}>
          <option value="">{t("allCategories")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className={buttonStyles.secondary}>
          {t("apply")}
        </button>
      </form>
      <Card>
        {shown.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ScrollRegion label={t("caption", { year })}>
            <table className="w-full min-w-[640px] text-left text-sm">
              <caption className="sr-only">{t("caption", { year })}</caption>
              <thead className="text-muted">
                <tr>
                  {(["title", "category", "area", "replyClass", "submitted", "replied"] as const).map((c) => (
                    <th key={c} scope="col" className="py-1 pr-2 font-normal">
                      {t(`col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {shown.map((r) => (
                  <tr key={r.id} data-testid="answered-row">
                    <td className="py-2 pr-2 font-medium">{r.title}</td>
                    <td className="py-2 pr-2">{r.category}</td>
                    <td className="py-2 pr-2">{r.area}</td>
                    <td className="py-2 pr-2">{r.replyClass ? all(`replyClass.${r.replyClass}`) : "—"}</td>
                    <td className="py-2 pr-2 whitespace-nowrap">{day(r.submittedAt)}</td>
                    <td className="py-2 whitespace-nowrap">{day(r.repliedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <nav className="mt-3 flex flex-wrap gap-3" aria-label={t("title")}>
          {after && (
            <Link href={`/stats/answered?${query({})}`} className="text-brand-700 underline underline-offset-4">
              {t("first")}
            </Link>
          )}
          {more && last && (
            <Link
              href={`/stats/answered?${query({ after: encodeCursor(last) })}`}
              className="text-brand-700 underline underline-offset-4"
            >
              {t("next")}
            </Link>
          )}
        </nav>
      </Card>
      <p className="flex flex-wrap items-center gap-2">
        <a href={`/api/open-data/answered?${query({ format: "csv" })}`} className={buttonStyles.secondary} download>
          {t("csv")}
        </a>
        <a href={`/api/open-data/answered?${query({ format: "json" })}`} className={buttonStyles.secondary} download>
          {t("json")}
        </a>
        <span className="text-sm text-muted">
          {t("limit", { limit: ANSWERED_EXPORT_LIMIT.toLocaleString("zh-CN") })}
        </span>
      </p>
    </div>
  );
}
