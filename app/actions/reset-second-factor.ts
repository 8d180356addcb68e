"use server";
// The admin's "reset second factor" button on a user's page (components/admin/reset-second-factor-form.tsx).
import { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { resetSecondFactor } from "@/lib/auth/reset-second-factor";
import { AppError } from "@/lib/errors";
import type { ActionState } from "@/lib/forms/action-state";
import { currentClientInfo } from "@/lib/http/client-info";

const schema = z.strictObject({ userId: z.coerce.number().int().min(1).max(2_147_483_647) });

export async function resetSecondFactorAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { formError: "unauthenticated" };
  const parsed = schema.safeParse({ userId: form.get("userId") });
  if (!parsed.success) return { formError: "notFound" };
  try {
    await resetSecondFactor(actor, parsed.data.userId, await currentClientInfo());
    return { ok: true, message: "secondFactor.resetDone" };
  } catch (err) {
    if (err instanceof AppError) return { formError: err.messageKey };
    throw err;
  }
}
