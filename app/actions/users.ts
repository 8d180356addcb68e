"use server";
// The system admin's account forms. Each action parses nothing itself: the use case in lib/users checks the role
// (user.manage), the input and the rules, and audits. A one-time password comes back in this response only.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { changeAccount } from "@/lib/users/change-account";
import { createAccount, type IssuedPassword } from "@/lib/users/create-account";
import { resetPassword } from "@/lib/users/reset-password";
import { searchScopeOptions, type ScopeOption } from "@/lib/users/scope-options";
import { disableAccount, enableAccount } from "@/lib/users/set-account-disabled";
import { unlockAccount } from "@/lib/users/unlock-account";

export type IssuedState = ActionState & { issued?: IssuedPassword };

async function run(
  form: FormData,
  work: (
    actor: NonNullable<Awaited<ReturnType<typeof getActor>>>,
    values: Record<string, string>,
  ) => Promise<IssuedState>,
): Promise<IssuedState> {
  const values = formValues(form);
  return runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const result = await work(actor, values);
    revalidatePath("/admin/users", "layout");
    return result;
  });
}

export async function createAccountAction(_prev: IssuedState, form: FormData): Promise<IssuedState> {
  return run(form, async (actor, values) => {
    const issued = await createAccount(actor, values, await currentClientInfo());
    return { ok: true, message: "users.done.create", issued };
  });
}

export async function changeAccountAction(_prev: IssuedState, form: FormData): Promise<IssuedState> {
  return run(form, async (actor, values) => {
    const { changed } = await changeAccount(actor, values, await currentClientInfo());
    return { ok: true, message: changed ? "users.done.change" : "users.done.unchanged" };
  });
}

export async function resetPasswordAction(_prev: IssuedState, form: FormData): Promise<IssuedState> {
  return run(form, async (actor, values) => {
    const issued = await resetPassword(actor, values, await currentClientInfo());
    return { ok: true, message: "users.done.resetPassword", issued };
  });
}

const STEPS = { disable: disableAccount, enable: enableAccount, unlock: unlockAccount } as const;

/** The account steps a form may name. */
export type AccountStepOp = keyof typeof STEPS;

/** Disable, enable and unlock: the form names the step; unknown steps are refused. */
export async function accountStepAction(_prev: IssuedState, form: FormData): Promise<IssuedState> {
  return run(form, async (actor, { op, ...values }) => {
    const step = op && Object.hasOwn(STEPS, op) ? STEPS[op as AccountStepOp] : undefined;
    if (!step) return { formError: "invalid" };
    await step(actor, values, await currentClientInfo());
    return { ok: true, message: `users.done.${op}` };
  });
}

/** The pickers' search: at most 20 regions, units, stations or deputies (user.manage only). */
export async function searchScopeAction(kind: string, q: string): Promise<ScopeOption[]> {
  const actor = await getActor();
  if (!actor) return [];
  try {
    return await searchScopeOptions(actor, { kind, q });
  } catch {
    return [];
  }
}
