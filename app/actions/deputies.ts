"use server";
// Deputies: the Excel import (upload, then confirm) and term change (换届). The use cases check role, scope and
// input themselves; the upload goes on to the import's own page, where the preview appears.
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { uploadDeputyImport } from "@/lib/deputies/import/upload-deputy-import";
import { confirmDeputyImport } from "@/lib/deputies/import/confirm-deputy-import";
import { changeTerm } from "@/lib/deputies/change-term";
import { saveDeputy } from "@/lib/deputies/save-deputy";
import { createProfessionalGroup, renameProfessionalGroup } from "@/lib/deputies/manage-groups";
import { dispatchOp, type UseCase } from "./dispatch-op";

const OPS: Record<string, UseCase> = {
  confirmImport: confirmDeputyImport,
  changeTerm,
  saveDeputy,
  createGroup: createProfessionalGroup,
  renameGroup: renameProfessionalGroup,
};

export async function deputiesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (form.get("op") === "uploadImport") return upload(form);
  return dispatchOp(OPS, form, { messagePrefix: "deputyAdmin.done" });
}

async function upload(form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let id: string | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated" };
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: "importFile.empty" } };
    const bytes = new Uint8Array(await file.arrayBuffer());
    ({ id } = await uploadDeputyImport(actor, { fileName: file.name, bytes }, await currentClientInfo()));
    return { ok: true };
  });
  if (id) redirect(`/staff/deputies/import/${id}`);
  return state;
}
