// A supervision case's page, for staff and for the leader it names. Out of reach is "not found" (S1).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { areaActor } from "@/components/layout/area-layout";
import { AppError } from "@/lib/errors";
import { getCaseDetail, leaderOptions } from "@/lib/supervision/case-queries";
import { CaseDetailView } from "./case-detail";

export async function caseMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("facts") };
}

export function casePage(area: "staff" | "leader") {
  return async function CasePage({ params }: { params: Promise<{ id: string }> }) {
    const actor = await areaActor(area);
    if (!actor) return null;
    const { id } = await params;
    if (!/^\d{1,9}$/.test(id)) notFound();
    let c;
    try {
      c = await getCaseDetail(actor, Number(id));
    } catch (err) {
      if (err instanceof AppError && (err.code === "notFound" || err.code === "forbidden")) notFound();
      throw err;
    }
    const leaders = c.canManage ? await leaderOptions(actor) : [];
    return <CaseDetailView c={c} itemHref={`/${area}/suggestions/${c.suggestion.id}`} leaders={leaders} />;
  };
}
