import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { ActivitiesPage } from "@/components/activities/activities-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("title") };
}

export default async function StationActivitiesPage() {
  const actor = await areaActor("station");
  if (!actor) return null;
  return <ActivitiesPage actor={actor} basePath="/station" />;
}
