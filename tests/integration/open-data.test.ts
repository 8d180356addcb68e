// Open data (issue 16): the public list of answered items holds only answered, non-confidential items, newest reply
// first across pages, with nothing personal; the figures file carries every measure's definition; CSV cells a
// resident typed can never run as spreadsheet formulas.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { allAnsweredItems, answeredItems, decodeCursor, encodeCursor } from "@/lib/insight/answered-items";
import { figuresCsv, figuresJson, type OpenDataLabels } from "@/lib/insight/open-data";
import { publicStats } from "@/lib/insight/public-stats";
import { csvField } from "@/lib/http/csv";
import { createPlace } from "../factories/places";

async function item(
  place: Awaited<ReturnType<typeof createPlace>>,
  title: string,
  data: { status: "FED_BACK" | "CLOSED" | "HANDLING"; repliedAt?: Date; confidential?: boolean },
) {
  return db.suggestion.create({
    data: {
      trackingCode: randomUUID().slice(0, 8).toUpperCase(),
      kind: "OPINION",
      source: "ONLINE",
      title,
      content: "张三家门口的路灯坏了，电话 13900001111",
      proposerName: "张三",
      categoryId: place.category.id,
      regionId: place.region.id,
      submittedAt: new Date("2026-03-01T02:00:00Z"),
      replyClass: data.repliedAt ? "A" : null,
      status: data.status,
      repliedAt: data.repliedAt ?? null,
      confidential: data.confidential ?? false,
    },
  });
}

const labels: OpenDataLabels = {
  measure: (k) => `m:${k}`,
  rate: (k) => `r:${k}`,
  note: "口径说明",
  group: { title: "分组", total: "全年", month: "月份", category: "类别", city: "城市" },
  monthName: (m) => `${m}月`,
  name: "名称",
  publisher: "平台",
};

describe("open data", () => {
  it("lists answered, non-confidential items of the year, newest reply first, page by page, nothing personal", async () => {
    const place = await createPlace();
    const at = (d: string) => new Date(`2026-${d}T04:00:00Z`);
    await item(place, "一号 答复最早", { status: "CLOSED", repliedAt: at("04-01") });
    await item(place, "二号", { status: "FED_BACK", repliedAt: at("05-01") });
    await item(place, "三号 答复最近", { status: "CLOSED", repliedAt: at("06-01") });
    await item(place, "保密事项", { status: "CLOSED", repliedAt: at("06-02"), confidential: true });
    await item(place, "仍在办理", { status: "HANDLING" });
    await item(place, "去年答复", { status: "CLOSED", repliedAt: new Date("2025-12-31T15:00:00Z") }); // 2025-12-31 23:00 Beijing

    const f = { year: 2026, categoryId: place.category.id };
    const first = await answeredItems(f, null, 2);
    expect(first.map((r) => r.title)).toEqual(["三号 答复最近", "二号"]);
    const cursor = decodeCursor(encodeCursor(first[1]));
    const second = await answeredItems(f, cursor, 2);
    expect(second.map((r) => r.title)).toEqual(["一号 答复最早"]);
    // What a row carries: no proposer, content, phone or tracking code.
    expect(Object.keys(first[0]).sort()).toEqual(
      ["area", "category", "id", "repliedAt", "replyClass", "submittedAt", "title"].sort(),
    );

    const everything = [];
    for await (const batch of allAnsweredItems(f, 2)) everything.push(...batch.map((r) => r.title));
    expect(everything).toEqual(["三号 答复最近", "二号", "一号 答复最早"]);
    // The year is Beijing's: a reply at 23:00 on 31 December 2025 belongs to 2025.
    expect((await answeredItems({ ...f, year: 2025 }, null, 10)).map((r) => r.title)).toEqual(["去年答复"]);
    expect(decodeCursor("1; DROP TABLE")).toBeNull();
  });

  it("gives the figures with the definition of every measure and rate, as JSON and as CSV", async () => {
    const stats = await publicStats(2026);
    const json = figuresJson(stats, labels);
    expect(json.totals.received).toBe(stats.totals.received);
    expect(json.definitions.onTimeRate).toEqual({ label: "r:onTimeRate", percentOf: "onTime", per: "replied" });
    expect(json.definitions.received).toEqual({ label: "m:received" });
    const csv = figuresCsv(stats, labels);
    expect(csv.startsWith("\uFEFF分组,名称,m:received,")).toBe(true);
    const totalLine = csv.split("\r\n")[1].split(",");
    expect(totalLine.slice(0, 3)).toEqual(["全年", "2026", String(stats.totals.received)]);
    expect(csv).toContain("口径说明");
  });

  it("writes CSV cells a spreadsheet cannot run as formulas", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("路灯,不亮")).toBe('"路灯,不亮"');
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
  });
});
