"use server";
// Deputies: saving one, and term change (换届); their Excel import goes through app/actions/imports.ts. The use
// cases check role, scope and input themselves.
import type { ActionState } from "@/lib/forms/action-state";
import { changeTerm } from "@/lib/deputies/change-term";
import { saveDeputy } from "@/lib/deputies/save-deputy";
import { createProfessionalGroup, renameProfessionalGroup } from "@/lib/deputies/manage-groups";
import { dispatchOp, type UseCase } from "./dispatch-op";

const OPS = {
  changeTerm,
  saveDeputy,
  createGroup: createProfessionalGroup,
  renameGroup: renameProfessionalGroup,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type DeputiesOp = keyof typeof OPS;

export async function deputiesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, { messagePrefix: "deputyAdmin.done" });
}
