// GET /api/open-data/figures?year=2026&format=csv|json: the public figures of /stats with their definitions.
// Public and the same for everyone; computed at most every five minutes (lib/insight/public-stats.ts).
import { publicStats } from "@/lib/insight/public-stats";
import { publicYearOf } from "@/lib/insight/public-years";
import { figuresCsv, figuresJson } from "@/lib/insight/open-data";
import { download, openDataLabels } from "../labels";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const year = publicYearOf(url.searchParams.get("year"));
  const format = url.searchParams.get("format") ?? "json";
  if (year == null || (format !== "csv" && format !== "json")) {
    return Response.json({ error: "year must be a covered year; format csv or json" }, { status: 400 });
  }
  const [stats, labels] = await Promise.all([publicStats(year), openDataLabels()]);
  return format === "csv"
    ? download(figuresCsv(stats, labels), `liaison-figures-${year}.csv`, "text/csv; charset=utf-8")
    : download(JSON.stringify(figuresJson(stats, labels), null, 2), `liaison-figures-${year}.json`, "application/json");
}
