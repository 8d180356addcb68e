"use server";
// The public photo of a station or a deputy: put up (or replace) and take down. The use cases check role, scope
// and input, and read the file only for someone allowed to (lib/photos/set-photo.ts).
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { removePhoto, setPhoto } from "@/lib/photos/set-photo";

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type PhotosOp = "setPhoto" | "removePhoto";

export async function photosAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { op, ...values } = formValues(form);
  return runFormAction(values, async () => {
    if (op !== "setPhoto" && op !== "removePhoto") return { formError: "invalid", values };
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const client = await currentClientInfo();
    if (op === "setPhoto")
      await setPhoto(
        actor,
        values,
        form.getAll("photo").filter((f): f is File => f instanceof File),
        client,
      );
    else await removePhoto(actor, values, client);
    revalidatePath("/", "layout");
    return { ok: true, message: `photos.done.${op}` };
  });
}
