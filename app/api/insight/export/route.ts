// Excel export of a dashboard list (?measure=…) or of the dashboard's figures (?table=figures), with the slice's
// filters applied. Permission-checked like the pages (dashboard.read, within the actor's region: S1) and
// audited (S9) before the first byte is sent.
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { refuse } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { clientInfoFrom } from "@/lib/http/client-info";
import { notFound, unauthenticated, xlsxDownload } from "@/lib/http/private-response";
import { loadDashboard } from "@/lib/insight/dashboard";
import { countItems } from "@/lib/insight/items";
import { EXPORT_ROW_LIMIT, figuresWorkbook, itemsWorkbook, type Labels } from "@/lib/insight/export";
import { figuresNow } from "@/lib/insight/measures";
import { parseItems, resolveSlice, sliceParamsOf, sliceQuery } from "@/lib/insight/filters";
import { describeSlice } from "@/components/insight/describe";

async function labels(lines: [string, string][]): Promise<Labels> {
  const [t, ts, tsrc, te] = await Promise.all([
    getTranslations("insight"),
    getTranslations("status"),
    getTranslations("source"),
    getTranslations("insightExport"),
  ]);
  return {
    sheetItems: te("sheetItems"),
    sheetAbout: te("sheetAbout"),
    columns: [
      "code",
      "title",
      "categoryOnly",
      "sourceOnly",
      "place",
      "unit",
      "status",
      "submitted",
      "replied",
      "replyDue",
      "replyClass",
      "evaluation",
      "due",
    ].map((k) => te(`col.${k}`)),
    status: (s) => ts(s),
    source: (s) => tsrc(s),
    evaluation: (e) => te(`evaluation.${e}`),
    measure: (m) => t(`measure.${m}`),
    rate: (r) => t(`rates.${r}`),
    about: lines,
    truncated: te("truncated", { limit: EXPORT_ROW_LIMIT }),
    sheetFigures: te("sheetFigures"),
    sheetByRegion: t("byRegion"),
    sheetByCategory: t("byCategory"),
    sheetByUnit: t("byUnit"),
    name: t("name"),
    value: te("total"),
  };
}

export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const client = clientInfoFrom(req.headers);
  const url = new URL(req.url);
  const raw = Object.fromEntries(url.searchParams.entries());
  const table = url.searchParams.get("table") === "figures";
  const { values } = parseItems(raw);
  const measure = values.measure ?? "received";
  let slice;
  try {
    slice = (await resolveSlice(actor, sliceParamsOf(values))).slice;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await refuse(actor, "dashboard.read", {
      audit: "insight.export",
      client,
      as: "notFound",
      detail: { query: url.search.slice(0, 500) },
    });
    return notFound();
  }
  const te = await getTranslations("insightExport");
  const now = figuresNow();
  const described = await describeSlice(slice);
  const about: [string, string][] = [
    [te("about.what"), table ? te("figures") : (await getTranslations("insight"))(`measure.${measure}`)],
    [te("about.slice"), described.join(" · ")],
    [te("about.at"), now.toISOString()],
    [te("about.by"), actor.name],
  ];
  const stamp = now.toISOString().slice(0, 10);
  let body: NodeJS.ReadableStream;
  let rows: number;
  if (table) {
    const dash = await loadDashboard(slice, now);
    rows = dash.byRegion.length + dash.byCategory.length + dash.byUnit.length + 1;
    body = figuresWorkbook(dash, await labels(about));
  } else {
    rows = Math.min(await countItems(slice, measure, now), EXPORT_ROW_LIMIT);
    body = itemsWorkbook(slice, measure, await labels(about), now);
  }
  await recordAudit({
    actor,
    action: "insight.export",
    target: { type: "InsightList", id: table ? "figures" : measure },
    result: "SUCCESS",
    client,
    detail: { slice: JSON.parse(JSON.stringify(sliceQuery(slice))), rows },
  });
  const name = `${table ? "figures" : measure}-${stamp}.xlsx`;
  return xlsxDownload(body, name);
}
