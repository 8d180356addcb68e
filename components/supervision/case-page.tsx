// A supervision case's page, for staff and for the leader it names. Out of reach is "not found" (S1).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { areaActor } from "@/components/layout/area-layout";
import { foundOrNull } from "@/lib/errors";
import { parseId } from "@/lib/validation/fields";
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
    const caseId = parseId(id);
    if (!caseId) notFound();
    const c = await foundOrNull(getCaseDetail(actor, caseId));
    if (!c) notFound();
    const leaders = c.canManage ? await leaderOptions(actor) : [];
    return <CaseDetailView c={c} itemHref={`/${area}/suggestions/${c.suggestion.id}`} leaders={leaders} />;
  };
}
