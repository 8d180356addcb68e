"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import { markAllRead } from "@/lib/notifications/queries";

export async function markNotificationsReadAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) return;
  await markAllRead(actor);
  revalidatePath("/", "layout");
}
