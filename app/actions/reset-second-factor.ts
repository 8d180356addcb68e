"use server";
// The admin's "reset second factor" button on a user's page (components/admin/reset-second-factor-form.tsx).
import { getActor } from "@/lib/auth/current-actor";
import { resetSecondFactor } from "@/lib/auth/reset-second-factor";
import { AppError } from "@/lib/errors";
import type { ActionState } from "@/lib/forms/action-state";
import { actionStateOf } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { parseId } from "@/lib/validation/fields";

export async function resetSecondFactorAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { formError: "unauthenticated" };
  const userId = parseId(form.get("userId"));
  if (!userId) return { formError: "notFound" };
  try {
    await resetSecondFactor(actor, userId, await currentClientInfo());
    return { ok: true, message: "secondFactor.resetDone" };
  } catch (err) {
    if (err instanceof AppError) return actionStateOf(err);
    throw err;
  }
}
