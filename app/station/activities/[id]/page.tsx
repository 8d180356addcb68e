import { areaActor } from "@/components/layout/area-layout";
import { ActivityPage } from "@/components/activities/activity-page";

export default async function StationActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("station");
  if (!actor) return null;
  return <ActivityPage actor={actor} id={(await params).id} basePath="/station" />;
}
