"use server";
// Committee staff make a deputy's own sign-in from the deputy editor (docs/decisions/0058). The use case checks the
// role, the deputy's region and the input; the one-time password comes back in this response only.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { createDeputyAccount } from "@/lib/deputies/create-deputy-account";
import type { IssuedState } from "./users";

export async function createDeputyAccountAction(_prev: IssuedState, form: FormData): Promise<IssuedState> {
  const values = formValues(form);
  return runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const issued = await createDeputyAccount(actor, values, await currentClientInfo());
    revalidatePath("/staff/deputies", "layout");
    return { ok: true, message: "deputyAccount.done", issued };
  });
}
