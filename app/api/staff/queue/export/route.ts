// Excel export of the staff queue with the filters applied (the same query string as /staff/queue). Staff only
// (S1: the queue's own scope applies), audited (S9) before the first byte is sent.
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { permitted } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { clientInfoFrom } from "@/lib/http/client-info";
import { notFound, unauthenticated, xlsxDownload } from "@/lib/http/private-response";
import { rowsWorkbook } from "@/lib/insight/export";
import { allQueueRows, QUEUE_EXPORT_LIMIT } from "@/lib/suggestions/queue-export";
import { parseQueueFilters } from "@/lib/suggestions/staff-queue";

export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const client = clientInfoFrom(req.headers);
  const url = new URL(req.url);
  const refusal = {
    audit: "queue.export",
    client,
    as: "notFound",
    detail: { query: url.search.slice(0, 500) },
  } as const;
  if (!(await permitted(actor, "area.staff", undefined, refusal))) return notFound();
  const { values: filters } = parseQueueFilters(Object.fromEntries(url.searchParams.entries()));
  const [te, tq, ts, tsrc, tl] = await Promise.all([
    getTranslations("insightExport"),
    getTranslations("queue"),
    getTranslations("status"),
    getTranslations("source"),
    getTranslations("light"),
  ]);
  const now = new Date();
  const columns = ["code", "title", "categoryOnly", "sourceOnly", "place", "status", "submitted", "due"]
    .map((k) => te(`col.${k}`))
    .concat(tq("lightColumn"));
  async function* rows() {
    for await (const r of allQueueRows(actor!, filters, QUEUE_EXPORT_LIMIT, now)) {
      yield [
        r.trackingCode,
        r.title,
        r.categoryName,
        tsrc(r.source),
        r.placeName,
        ts(r.status),
        r.submittedAt,
        r.dueAt,
        r.light ? tl(r.light) : "",
      ];
    }
  }
  const about: [string, string][] = [
    [te("about.what"), tq("title")],
    [te("about.slice"), url.search || "—"],
    [te("about.at"), now.toISOString()],
    [te("about.by"), actor.name],
  ];
  await recordAudit({
    actor,
    action: "queue.export",
    target: { type: "StaffQueue", id: "queue" },
    result: "SUCCESS",
    client,
    detail: { filters: JSON.parse(JSON.stringify(filters)) },
  });
  const body = rowsWorkbook(
    { items: te("sheetItems"), about: te("sheetAbout") },
    columns,
    rows(),
    about,
    te("truncated", { limit: QUEUE_EXPORT_LIMIT }),
    QUEUE_EXPORT_LIMIT,
  );
  return xlsxDownload(body, `queue-${now.toISOString().slice(0, 10)}.xlsx`);
}
