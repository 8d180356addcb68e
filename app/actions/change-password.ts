"use server";
import { getGatedActor } from "@/lib/auth/current-actor";
import { changePassword } from "@/lib/auth/change-password";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  // The one action a must-change session may run (besides signing out); a half-open one may not.
  const actor = await getGatedActor("open", "changePassword");
  if (!actor) return { formError: "unauthenticated" };
  // Passwords are never echoed back into the form.
  return runFormAction({}, async () => {
    await changePassword(
      actor,
      {
        current: String(form.get("current") ?? ""),
        next: String(form.get("next") ?? ""),
        confirm: String(form.get("confirm") ?? ""),
      },
      await currentClientInfo(),
    );
    return { ok: true };
  });
}
