import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QueueSearchBox } from "@/components/workbench/queue-search-box";
import { areaActor } from "@/components/layout/area-layout";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { AssignmentList } from "@/components/suggestions/assignment-list";
import { KeysetPager } from "@/components/suggestions/keyset-pager";
import { AssignmentStatus } from "@/lib/generated/prisma/enums";
import { toQueryString, type RawSearchParams } from "@/lib/http/search-params";
import { ASSIGNMENTS_PAGE_SIZE, listUnitAssignments, parseAssignmentFilters } from "@/lib/suggestions/unit-assignments";

const PATH = "/unit/assignments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue.unit"))("title") };
}

export default async function UnitAssignmentsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await areaActor("unit");
  if (!actor) return null;
  const parsed = parseAssignmentFilters(await searchParams);
  const [t, tq, tstatus, page] = await Promise.all([
    getTranslations("queue.unit"),
    getTranslations("queue"),
    getTranslations("assignmentStatus"),
    listUnitAssignments(actor, parsed.values),
  ]);
  if (page.exactId) redirect(`/unit/suggestions/${page.exactId}`);
  const { show, after, q } = parsed.values;

  return (
    <div className="min-w-0 space-y-4">
      <PageHeader title={t("title")} intro={t("intro", { size: ASSIGNMENTS_PAGE_SIZE })} />
      <QueueSearchBox action={PATH} q={q} keep={{ show }} hintKey="hintUnit" />
      <form
        key={show ?? ""}
        method="get"
        action={PATH}
        className="flex flex-wrap items-end gap-2 rounded-lg border border-line bg-white p-4 shadow-sm"
      >
        {q && <input type="hidden" name="q" value={q} />}
        <SelectField name="show" label={t("show")} defaultValue={show ?? ""} className="w-full sm:w-72">
          <option value="">{t("showOpen")}</option>
          <option value="all">{t("showAll")}</option>
          {Object.values(AssignmentStatus).map((s) => (
            <option key={s} value={s}>
              {tstatus(s)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className={buttonStyles.primary}>
          {t("apply")}
        </button>
        {(show || q) && (
          <Link href={PATH} className={buttonStyles.quiet}>
            {tq("clear")}
          </Link>
        )}
      </form>
      {parsed.ignored.length > 0 && (
        <Alert tone="info">
          {parsed.ignored.includes("show") && <p>{tq("ignored", { fields: t("show") })}</p>}
          {parsed.ignored.includes("q") && <p>{tq("ignored", { fields: tq("q") })}</p>}
          {parsed.ignored.includes("after") && <p>{tq("cursorReset")}</p>}
        </Alert>
      )}
      <p className="text-sm text-muted">{tq("legend", { days: page.yellowWorkingDays })}</p>
      {page.rows.length === 0 ? (
        <EmptyState>{show || after || q ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <section aria-label={t("listLabel")}>
          <p className="mb-2 text-sm text-muted">{tq("results", { count: page.rows.length })}</p>
          <AssignmentList rows={page.rows} />
          <KeysetPager
            label={tq("pagination")}
            nextHref={page.next ? `${PATH}${toQueryString({ show, q, after: page.next })}` : null}
            firstHref={after ? `${PATH}${toQueryString({ show, q })}` : null}
            nextLabel={tq("next")}
            firstLabel={tq("first")}
          />
        </section>
      )}
    </div>
  );
}
