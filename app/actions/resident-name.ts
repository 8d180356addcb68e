"use server";
import type { ActionState } from "@/lib/forms/action-state";
import { setResidentName } from "@/lib/users/resident-name";
import { dispatchOp } from "./dispatch-op";

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type ResidentNameOp = "rename";

export async function residentNameAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp({ rename: setResidentName }, form, { messagePrefix: "account.done" });
}
