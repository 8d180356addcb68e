"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { recordOnBehalf } from "@/lib/suggestions/record-on-behalf";

export async function recordOnBehalfAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let code: string | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    code = (await recordOnBehalf(actor, values, await currentClientInfo())).trackingCode;
    return { ok: true };
  });
  if (code) redirect(`/track/${code}?new=1`);
  return state;
}
