"use server";
// Deputies: saving one, and term change (换届); their Excel import goes through app/actions/imports.ts. The use
// cases check role, scope and input themselves.
import type { ActionState } from "@/lib/forms/action-state";
import { changeTerm } from "@/lib/deputies/change-term";
import { saveDeputy } from "@/lib/deputies/save-deputy";
import { createProfessionalGroup, renameProfessionalGroup } from "@/lib/deputies/manage-groups";
import { dispatchOp, type UseCase } from "./dispatch-op";

const OPS: Record<string, UseCase> = {
  changeTerm,
  saveDeputy,
  createGroup: createProfessionalGroup,
  renameGroup: renameProfessionalGroup,
};

export async function deputiesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, { messagePrefix: "deputyAdmin.done" });
}
