// GET /api/open-data/answered?year=2026[&category=3]&format=csv|json: the year's answered items as a file —
// title, topic, area, reply class and dates, nothing personal, confidential items left out
// (lib/insight/answered-items.ts). Streamed a batch at a time; a few downloads a minute per address, since a
// year can be a hundred thousand rows.
import { getTranslations } from "next-intl/server";
import { hitLimits } from "@/lib/auth/rate-limit";
import { clientInfoFrom } from "@/lib/http/client-info";
import { CSV_BOM, csvLine } from "@/lib/http/csv";
import { allAnsweredItems, type AnsweredItem } from "@/lib/insight/answered-items";
import { publicYearOf } from "@/lib/insight/public-years";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { download } from "../labels";

export const dynamic = "force-dynamic";

const COLUMNS = ["title", "category", "area", "replyClass", "submitted", "replied"] as const;

export async function GET(request: Request) {
  const url = new URL(request.url);
  const year = publicYearOf(url.searchParams.get("year"));
  const format = url.searchParams.get("format") ?? "json";
  const rawCategory = url.searchParams.get("category");
  const categoryId = rawCategory && /^\d{1,9}$/.test(rawCategory) ? Number(rawCategory) : undefined;
  if (year == null || (format !== "csv" && format !== "json") || (rawCategory && categoryId == null)) {
    return Response.json({ error: "year must be a covered year; format csv or json; category an id" }, { status: 400 });
  }
  const client = clientInfoFrom(request.headers);
  if (client.ip && (await hitLimits([{ key: `opendata:ip:${client.ip}`, windowSeconds: 60, max: 6 }]))) {
    return Response.json({ error: "too many downloads; try again in a minute" }, { status: 429 });
  }
  const [t, to] = await Promise.all([getTranslations("openData.answered.col"), getTranslations("openData")]);
  const day = (d: Date) => shanghaiDateOf(d);
  const fields = (r: AnsweredItem) => [r.title, r.category, r.area, r.replyClass, day(r.submittedAt), day(r.repliedAt)];
  const rows = allAnsweredItems({ year, categoryId });
  const encoder = new TextEncoder();

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const put = (s: string) => controller.enqueue(encoder.encode(s));
      try {
        if (format === "csv") {
          put(CSV_BOM + csvLine(COLUMNS.map((c) => t(c))));
          for await (const batch of rows) put(batch.map((r) => csvLine(fields(r))).join(""));
        } else {
          put(`{"publisher":${JSON.stringify(to("publisher"))},"year":${year},"items":[`);
          let first = true;
          for await (const batch of rows) {
            const json = batch.map((r) => JSON.stringify(Object.fromEntries(COLUMNS.map((c, i) => [c, fields(r)[i]]))));
            put((first ? "\n" : ",\n") + json.join(",\n"));
            first = false;
          }
          put("\n]}\n");
        }
        controller.close();
      } catch (err) {
        controller.error(err); // the download ends broken rather than looking complete
      }
    },
  });
  return format === "csv"
    ? download(body, `liaison-answered-${year}.csv`, "text/csv; charset=utf-8")
    : download(body, `liaison-answered-${year}.json`, "application/json");
}
