// The words of the open-data files, from the catalogs (shared by the figures and the answered-items downloads).
import { getTranslations } from "next-intl/server";
import type { OpenDataLabels } from "@/lib/insight/open-data";

export async function openDataLabels(): Promise<OpenDataLabels> {
  const [ti, to, ts] = await Promise.all([
    getTranslations("insight"),
    getTranslations("openData"),
    getTranslations("stats"),
  ]);
  return {
    measure: (k) => ti(`measure.${k}`),
    rate: (k) => ti(`rates.${k}`),
    note: ti("definitionsNote"),
    group: {
      title: to("group.title"),
      total: to("group.total"),
      month: to("group.month"),
      category: to("group.category"),
      city: to("group.city"),
    },
    monthName: (month) => ts("monthLabel", { month }),
    name: ti("name"),
    publisher: to("publisher"),
  };
}

/** A file to save, named so a person can tell the downloads apart. */
export function download(body: BodyInit, name: string, type: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
