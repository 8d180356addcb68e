"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { readUploads } from "@/lib/suggestions/uploads";
import { PHOTO_LIMITS } from "@/lib/suggestions/schemas";
import { submitSuggestion } from "@/lib/suggestions/submit-suggestion";

export async function submitSuggestionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let code: string | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const photos = await readUploads(
      form.getAll("photos").filter((f): f is File => f instanceof File),
      PHOTO_LIMITS,
    );
    const result = await submitSuggestion(actor, values, photos, await currentClientInfo());
    code = result.trackingCode;
    return { ok: true };
  });
  if (code) redirect(`/track/${code}?new=1`);
  return state;
}
