import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { OpenFeedback } from "@/components/reception/open-feedback";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("receptionLists"))("open.title") };
}

export default async function StaffFeedbackPage() {
  const actor = await areaActor("staff");
  if (!actor) return null;
  return <OpenFeedback actor={actor} sessionsPath="/staff/sessions" />;
}
