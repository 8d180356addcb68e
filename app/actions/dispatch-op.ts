// The shared body of the "one action, many steps" server actions (suggestion steps, calendar changes): the form
// names the step (`op`), unknown steps are refused, the signed-in actor is passed to the use case, which checks
// role, scope and input itself. Not a "use server" file: only the actions that call it are exposed.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/permissions";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo, type ClientInfo } from "@/lib/http/client-info";

export type UseCase = (actor: Actor, raw: unknown, client: ClientInfo) => Promise<unknown>;

export async function dispatchOp<Op extends string>(
  ops: Record<Op, UseCase>,
  form: FormData,
  opts: { messagePrefix: string; input?: (values: Record<string, unknown>, form: FormData) => Record<string, unknown> },
): Promise<ActionState> {
  const { op, ...values } = formValues(form);
  return runFormAction(values, async () => {
    // The form's `op` is typed where it is written (StepForm); here it is whatever the request carried.
    const useCase = op && Object.hasOwn(ops, op) ? ops[op as Op] : undefined;
    if (!useCase) return { formError: "invalid", values };
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    await useCase(actor, opts.input ? opts.input(values, form) : values, await currentClientInfo());
    // Stages, due dates and lights show on many pages.
    revalidatePath("/", "layout");
    return { ok: true, message: `${opts.messagePrefix}.${op}` };
  });
}
