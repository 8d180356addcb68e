"use server";
import { getActor } from "@/lib/auth/current-actor";
import { changePassword } from "@/lib/auth/change-password";
import type { ActionState } from "@/lib/forms/action-state";
import { currentClientInfo } from "@/lib/http/client-info";

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { formError: "unauthenticated" };
  return changePassword(
    actor,
    {
      current: String(form.get("current") ?? ""),
      next: String(form.get("next") ?? ""),
      confirm: String(form.get("confirm") ?? ""),
    },
    await currentClientInfo(),
  );
}
